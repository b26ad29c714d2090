"""Thai text normalizers: pure functions, no I/O.

The public API (a contract other stages and users rely on)::

    thai_text(s)                 cell-text repair and normalization
    arabic_digits(s)             ๐-๙ -> 0-9
    parse_date(s, fiscal_year)   first Buddhist-era date in s, or None
    find_dates(s, fiscal_year)   every date in s
    fiscal_year_range(be_year)   (first day, last day) of a fiscal year
    resolve_place(...)           gazetteer match with corrections
    resolve_org(...)             the same, by what a local body is named after
    split_steps, responsible_units, reporting_frequency   cell readers
"""

from normalize.cells import reporting_frequency, responsible_units, split_steps
from normalize.dates import fiscal_year_in, fiscal_year_of, fiscal_year_range, find_dates, parse_date, thai_date
from normalize.digits import arabic_digits, thai_digits
from normalize.places import PlaceMatch, is_place_name, org_type, place_in_org_name, resolve_org, resolve_place
from normalize.text import RULES, thai_text

__all__ = [
    "RULES", "PlaceMatch", "arabic_digits", "find_dates", "fiscal_year_in", "fiscal_year_of",
    "fiscal_year_range", "is_place_name", "org_type", "parse_date", "place_in_org_name", "reporting_frequency",
    "resolve_org", "resolve_place", "responsible_units", "split_steps", "thai_date", "thai_digits", "thai_text",
]
