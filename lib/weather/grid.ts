// KMA's 5 km forecast grid: a Lambert conformal conic projection (Earth radius
// 6371.00877 km, standard parallels 30° and 60°, origin 126°E 38°N at grid cell 43,136).
const EARTH_KM = 6371.00877;
const CELL_KM = 5;
const PARALLEL_1 = 30;
const PARALLEL_2 = 60;
const ORIGIN_LON = 126;
const ORIGIN_LAT = 38;
const ORIGIN_X = 43;
const ORIGIN_Y = 136;

const toRad = (deg: number) => (deg * Math.PI) / 180;
const q = (lat: number) => Math.tan(Math.PI / 4 + lat / 2);

// Constants of the projection, computed once.
const r = EARTH_KM / CELL_KM;
const phi1 = toRad(PARALLEL_1);
const phi2 = toRad(PARALLEL_2);
const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(q(phi2) / q(phi1));
const F = (Math.cos(phi1) * q(phi1) ** n) / n;
const rho0 = (r * F) / q(toRad(ORIGIN_LAT)) ** n;

export interface GridCell {
  nx: number;
  ny: number;
}

export function kmaGrid(lat: number, lon: number): GridCell {
  const rho = (r * F) / q(toRad(lat)) ** n;
  let theta = toRad(lon) - toRad(ORIGIN_LON);
  if (theta > Math.PI) theta -= 2 * Math.PI;
  if (theta < -Math.PI) theta += 2 * Math.PI;
  theta *= n;
  return {
    nx: Math.floor(rho * Math.sin(theta) + ORIGIN_X + 0.5),
    ny: Math.floor(rho0 - rho * Math.cos(theta) + ORIGIN_Y + 0.5),
  };
}
