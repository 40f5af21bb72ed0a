/**
 * A map of activities with Leaflet. Tiles come from the source the server names (Kartverket by default), with its
 * attribution. Every marker is a keyboard-reachable button named after its activity; its popup links to the
 * activity's page. Markers close to each other at the current zoom are drawn as one cluster (supercluster) that
 * says how many activities it holds: choosing it zooms in, or, where they share a place (one venue), lists them.
 * Loaded on demand so the list view stays light.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import Supercluster from 'supercluster';
import { getClientConfig } from '../api/client.ts';

export interface MapMarker {
  id: string;
  title: string;
  latitude: number;
  longitude: number;
  /** Where the marker's link leads. */
  href: string;
}

export interface ActivityMapProps {
  markers: MapMarker[];
  /** The place distances are measured from, drawn as a ring. */
  origin?: { latitude: number; longitude: number } | null;
  /** Accessible name of the map region. */
  label: string;
  className?: string;
}

/** Beyond this zoom markers are not split further; those still together share a place. */
const CLUSTER_MAX_ZOOM = 18;

const NORWAY: L.LatLngBoundsExpression = [
  [57.9, 4.5],
  [71.2, 31.1],
];

export default function ActivityMap({ markers, origin, label, className }: ActivityMapProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const created = L.map(element.current, { scrollWheelZoom: false, keyboard: true });
    created.fitBounds(NORWAY);
    map.current = created;
    layer.current = L.layerGroup().addTo(created);
    let cancelled = false;
    getClientConfig()
      .then((config) => {
        if (cancelled) return;
        L.tileLayer(config.map.tileUrl, { attribution: config.map.attribution, maxZoom: config.map.maxZoom }).addTo(
          created,
        );
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      created.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    const group = layer.current;
    if (!current || !group) return;
    const index = new Supercluster<MapMarker>({ radius: 48, maxZoom: CLUSTER_MAX_ZOOM });
    index.load(
      markers.map((m) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [m.longitude, m.latitude] },
        properties: m,
      })),
    );

    const link = (m: MapMarker) => {
      const a = document.createElement('a');
      a.href = m.href;
      a.textContent = m.title;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(m.href);
      });
      return a;
    };

    const named = (marker: L.Marker, name: string) => {
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
      return marker;
    };

    const draw = () => {
      group.clearLayers();
      if (origin) {
        L.circleMarker([origin.latitude, origin.longitude], { radius: 8, weight: 3, className: 'activity-map__origin' })
          .bindTooltip(t('catalogue.map.origin'))
          .addTo(group);
      }
      const view = current.getBounds();
      const bbox: [number, number, number, number] = [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()];
      for (const feature of index.getClusters(bbox, Math.round(current.getZoom()))) {
        const [longitude, latitude] = feature.geometry.coordinates as [number, number];
        const props = feature.properties;
        if (!('cluster' in props)) {
          const m = props as MapMarker;
          named(
            L.marker([latitude, longitude], {
              icon: L.divIcon({ className: 'activity-map__marker', html: '<span></span>', iconSize: [22, 22] }),
              keyboard: true,
              title: m.title,
            }),
            m.title,
          )
            .bindPopup(link(m))
            .addTo(group);
          continue;
        }
        const clusterId = props.cluster_id;
        const count = props.point_count;
        const marker = named(
          L.marker([latitude, longitude], {
            icon: L.divIcon({
              className: 'activity-map__cluster',
              html: `<span aria-hidden="true">${count}</span>`,
              iconSize: [36, 36],
            }),
            keyboard: true,
          }),
          t('catalogue.map.cluster', { count }),
        );
        const choose = (event: L.LeafletEvent) => {
          // Keep the map from taking the same click (which would close the list again).
          L.DomEvent.stop(event);
          const zoom = index.getClusterExpansionZoom(clusterId);
          if (zoom <= Math.min(current.getMaxZoom(), CLUSTER_MAX_ZOOM) && zoom > current.getZoom()) {
            current.setView([latitude, longitude], zoom);
            current.getContainer().focus();
            return;
          }
          // They share one place: list them.
          const list = document.createElement('ul');
          list.className = 'activity-map__list';
          for (const leaf of index.getLeaves(clusterId, Number.POSITIVE_INFINITY)) {
            const item = document.createElement('li');
            item.append(link(leaf.properties));
            list.append(item);
          }
          L.popup().setLatLng([latitude, longitude]).setContent(list).openOn(current);
        };
        marker.on('click', choose);
        marker.on('keypress', (event) => {
          if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') choose(event);
        });
        marker.addTo(group);
      }
    };

    const bounds = L.latLngBounds([]);
    if (origin) bounds.extend([origin.latitude, origin.longitude]);
    for (const m of markers) bounds.extend([m.latitude, m.longitude]);
    if (bounds.isValid()) current.fitBounds(bounds, { padding: [32, 32], maxZoom: 15 });
    draw();
    current.on('moveend', draw);
    return () => {
      current.off('moveend', draw);
    };
  }, [markers, origin, navigate, t]);

  return <section ref={element} className={className ?? 'activity-map'} aria-label={label} />;
}
