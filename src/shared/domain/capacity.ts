// Capacity cost rate (Kaplan & Anderson): what one practical hour of the business costs.
// Practical capacity is a share (≈80–85 %) of paid hours: breaks, training, admin.

export interface CapacityInput {
  monthlyCapacityCostMinor: number;
  paidHoursPerMonth: number;
  practicalCapacityPct: number;
}

/** Cost of one practical hour in minor units, rounded to the nearest minor unit; 0 when no hours. */
export function hourlyCostRateMinor(c: CapacityInput): number {
  const practicalHours = (c.paidHoursPerMonth * c.practicalCapacityPct) / 100;
  if (!(practicalHours > 0)) return 0;
  return Math.round(c.monthlyCapacityCostMinor / practicalHours);
}

export function practicalHoursPerMonth(c: CapacityInput): number {
  return (c.paidHoursPerMonth * c.practicalCapacityPct) / 100;
}
