-- Search always runs inside one municipality and measures distance with plain arithmetic after a bounding box
-- (src/modules/catalogue/search-store.ts), so the GiST index on the activity's own coordinates is never used;
-- it only cost time on every write.
drop index if exists activity_location;
