"""Swedish growth references: the mean and the standard deviation by sex and age.

Reference data for the growth curves (the seed draws children's measurements
from it; the charts draw its mean and ±2 SD band, as every Swedish BVC curve
does). Pure values and arithmetic: no Flask, no seed/.

Source: approximate Swedish references (Wikland et al. 2002, "Swedish
population-based longitudinal reference values from birth to 18 years of age
for height, weight and head circumference", Acta Paediatrica 91:739–754; the
references of the BVC growth charts), rounded. Weight SDs above ten years are a
symmetric stand-in for a skewed spread. The same table as seed/catalogues.py's
GROWTH_REFERENCE, which the seed may import from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Measure = Literal["length", "weight", "head"]

# How far from the mean the band reaches, in standard deviations (BVC curves: ±2 SD).
BAND_SD = 2


@dataclass(frozen=True)
class GrowthReference:
    """Median and standard deviation for Swedish children at one age."""

    age_months: int
    sex: str  # "F" or "M"
    length_cm: float
    length_sd: float
    weight_kg: float
    weight_sd: float
    head_cm: float | None
    head_sd: float | None

    def of(self, measure: Measure) -> tuple[float, float] | None:
        """(mean, SD) of one measure at this age; None where the reference has none."""
        mean, sd = {
            "length": (self.length_cm, self.length_sd),
            "weight": (self.weight_kg, self.weight_sd),
            "head": (self.head_cm, self.head_sd),
        }[measure]
        return None if mean is None or sd is None else (mean, sd)


GROWTH_REFERENCE: tuple[GrowthReference, ...] = (
    GrowthReference(0, "F", 50.0, 1.8, 3.45, 0.43, 34.3, 1.2),
    GrowthReference(1, "F", 54.0, 1.9, 4.30, 0.50, 36.7, 1.2),
    GrowthReference(2, "F", 57.6, 2.0, 5.25, 0.60, 38.4, 1.2),
    GrowthReference(3, "F", 60.5, 2.0, 6.00, 0.65, 39.7, 1.2),
    GrowthReference(4, "F", 62.9, 2.1, 6.60, 0.70, 40.8, 1.2),
    GrowthReference(6, "F", 66.8, 2.2, 7.60, 0.80, 42.4, 1.2),
    GrowthReference(8, "F", 70.1, 2.3, 8.30, 0.85, 43.7, 1.2),
    GrowthReference(10, "F", 73.0, 2.5, 8.90, 0.90, 44.7, 1.3),
    GrowthReference(12, "F", 75.7, 2.6, 9.40, 0.95, 45.4, 1.3),
    GrowthReference(18, "F", 82.4, 2.9, 10.8, 1.10, 46.8, 1.3),
    GrowthReference(24, "F", 87.4, 3.1, 11.9, 1.25, None, None),
    GrowthReference(36, "F", 96.4, 3.5, 14.2, 1.5, None, None),
    GrowthReference(48, "F", 104.1, 3.9, 16.4, 1.9, None, None),
    GrowthReference(60, "F", 111.1, 4.3, 18.8, 2.3, None, None),
    GrowthReference(72, "F", 117.6, 4.6, 21.3, 2.8, None, None),
    GrowthReference(84, "F", 123.8, 5.0, 24.0, 3.3, None, None),
    GrowthReference(96, "F", 129.6, 5.3, 27.0, 4.0, None, None),
    GrowthReference(108, "F", 135.2, 5.7, 30.3, 4.8, None, None),
    GrowthReference(120, "F", 140.6, 6.1, 33.9, 5.6, None, None),
    GrowthReference(132, "F", 146.8, 6.6, 38.2, 6.6, None, None),
    GrowthReference(144, "F", 153.2, 6.8, 43.0, 7.4, None, None),
    GrowthReference(156, "F", 158.6, 6.4, 47.6, 7.8, None, None),
    GrowthReference(168, "F", 162.2, 6.0, 51.4, 7.8, None, None),
    GrowthReference(180, "F", 164.4, 5.8, 54.3, 7.8, None, None),
    GrowthReference(0, "M", 50.8, 1.9, 3.55, 0.45, 35.0, 1.2),
    GrowthReference(1, "M", 55.0, 2.0, 4.60, 0.55, 37.5, 1.2),
    GrowthReference(2, "M", 58.8, 2.1, 5.70, 0.65, 39.3, 1.2),
    GrowthReference(3, "M", 62.0, 2.1, 6.50, 0.70, 40.7, 1.2),
    GrowthReference(4, "M", 64.5, 2.2, 7.10, 0.75, 41.8, 1.2),
    GrowthReference(6, "M", 68.5, 2.3, 8.10, 0.85, 43.5, 1.2),
    GrowthReference(8, "M", 71.8, 2.4, 8.80, 0.90, 44.8, 1.2),
    GrowthReference(10, "M", 74.7, 2.5, 9.40, 0.95, 45.8, 1.3),
    GrowthReference(12, "M", 77.3, 2.6, 9.90, 1.00, 46.5, 1.3),
    GrowthReference(18, "M", 83.8, 2.9, 11.3, 1.15, 47.8, 1.3),
    GrowthReference(24, "M", 88.6, 3.1, 12.4, 1.3, None, None),
    GrowthReference(36, "M", 97.4, 3.5, 14.6, 1.5, None, None),
    GrowthReference(48, "M", 105.0, 3.9, 16.8, 1.8, None, None),
    GrowthReference(60, "M", 112.0, 4.3, 19.2, 2.2, None, None),
    GrowthReference(72, "M", 118.6, 4.6, 21.7, 2.7, None, None),
    GrowthReference(84, "M", 124.8, 5.0, 24.4, 3.2, None, None),
    GrowthReference(96, "M", 130.6, 5.3, 27.4, 3.8, None, None),
    GrowthReference(108, "M", 136.0, 5.6, 30.6, 4.5, None, None),
    GrowthReference(120, "M", 141.0, 6.0, 34.0, 5.3, None, None),
    GrowthReference(132, "M", 146.0, 6.4, 37.6, 6.2, None, None),
    GrowthReference(144, "M", 151.5, 7.0, 41.8, 7.2, None, None),
    GrowthReference(156, "M", 158.0, 7.8, 46.8, 8.0, None, None),
    GrowthReference(168, "M", 165.3, 8.0, 52.8, 8.6, None, None),
    GrowthReference(180, "M", 171.5, 7.3, 58.5, 8.8, None, None),
)


@dataclass(frozen=True)
class ReferenceValue:
    """The reference for one measure at one age: the mean and the band around it."""

    age_months: float
    mean: float
    sd: float

    @property
    def low(self) -> float:
        return self.mean - BAND_SD * self.sd

    @property
    def high(self) -> float:
        return self.mean + BAND_SD * self.sd


def reference_curve(sex: str, measure: Measure) -> tuple[ReferenceValue, ...]:
    """The table's ages for one sex and measure, youngest first (empty for an unknown sex)."""
    values = []
    for row in sorted(
        (r for r in GROWTH_REFERENCE if r.sex == sex), key=lambda row: row.age_months
    ):
        found = row.of(measure)
        if found is not None:
            values.append(ReferenceValue(row.age_months, *found))
    return tuple(values)


def reference_at(sex: str, measure: Measure, age_months: float) -> ReferenceValue | None:
    """The reference at an age, linear between the table's ages; None outside the table."""
    curve = reference_curve(sex, measure)
    for below, above in zip(curve, curve[1:], strict=False):
        if below.age_months <= age_months <= above.age_months:
            share = (age_months - below.age_months) / (above.age_months - below.age_months)
            return ReferenceValue(
                age_months,
                below.mean + (above.mean - below.mean) * share,
                below.sd + (above.sd - below.sd) * share,
            )
    if curve and age_months == curve[0].age_months:
        return curve[0]
    return None
