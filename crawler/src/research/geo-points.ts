// Coordinates and pupil counts per registry location, from a GeoJSON of school points (such as the DUO
// derived scholen*.geo.zip: one FeatureCollection, point geometry in lon/lat, property vestigingscode).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface GeoPoint {
  lon: number;
  lat: number;
  pupils?: number;
}

/** Reads a .geo.zip (the first .json inside) or a plain .json/.geojson file. */
export function readGeoPoints(file: string): Map<string, GeoPoint> {
  const bytes = readFileSync(file);
  let text: string;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const entries = unzipSync(bytes, { filter: (entry) => /\.(geo)?json$/i.test(entry.name) });
    const name = Object.keys(entries).sort()[0];
    if (!name) throw new Error(`${file}: the zip holds no .json file`);
    text = strFromU8(entries[name]);
  } else {
    text = bytes.toString('utf8');
  }
  return geoPointsFromGeoJson(JSON.parse(text));
}

interface Feature {
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

export function geoPointsFromGeoJson(json: { features?: Feature[] }): Map<string, GeoPoint> {
  const points = new Map<string, GeoPoint>();
  for (const feature of json.features ?? []) {
    const code = String(feature.properties?.vestigingscode ?? '').trim().toUpperCase();
    const coordinates = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : undefined;
    if (!code || !Array.isArray(coordinates)) continue;
    const [lon, lat] = coordinates.map(Number);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const pupils = Number(feature.properties?.leerlingen);
    points.set(code, { lon, lat, ...(Number.isFinite(pupils) && feature.properties?.leerlingen !== null ? { pupils } : {}) });
  }
  return points;
}
