/** value × 1,000 ÷ residents; null for an area without a resident count (shown "—"). */
export function perThousand(value: number, residents: number | null): number | null {
  return residents && residents > 0 ? (value * 1000) / residents : null;
}
