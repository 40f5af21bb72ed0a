/**
 * A map of activities with Leaflet. Tiles come from the source the server names (Kartverket by default), with its
 * attribution. Every marker is a keyboard-reachable button named after its activity; its popup links to the
 * activity's page. Loaded on demand so the list view stays light.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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
    group.clearLayers();
    const bounds = L.latLngBounds([]);
    if (origin) {
      L.circleMarker([origin.latitude, origin.longitude], { radius: 8, weight: 3, className: 'activity-map__origin' })
        .bindTooltip(t('catalogue.map.origin'))
        .addTo(group);
      bounds.extend([origin.latitude, origin.longitude]);
    }
    for (const m of markers) {
      const marker = L.marker([m.latitude, m.longitude], {
        icon: L.divIcon({ className: 'activity-map__marker', html: '<span></span>', iconSize: [22, 22] }),
        keyboard: true,
        title: m.title,
      });
      const link = document.createElement('a');
      link.href = m.href;
      link.textContent = m.title;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(m.href);
      });
      marker.bindPopup(link);
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', m.title));
      marker.addTo(group);
      bounds.extend([m.latitude, m.longitude]);
    }
    if (bounds.isValid()) current.fitBounds(bounds, { padding: [32, 32], maxZoom: 15 });
  }, [markers, origin, navigate, t]);

  return <section ref={element} className={className ?? 'activity-map'} aria-label={label} />;
}
