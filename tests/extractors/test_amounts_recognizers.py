"""Microsoft Recognizers-Text number and unit cases (French), the ones in scope, one test each.

In scope: the Number model (digits, decimals, words, multipliers, dozens), the Percent model,
and the NumberWithUnit Currency, Dimension and Temperature models, minus the cases the .NET
recognizer does not support and the classes in ``out_of_scope`` (notations news text does not
use for amounts, or conventions the contract does not share). The Ordinal model is read the
other way round: an ordinal is no amount, so a case passes when no amount covers it. Ages are out
(``29 ans`` is a duration, which times handle), and so are number ranges (every case of that
model is marked unsupported by .NET). A case passes when every expected value (with its unit, in
the unit models) is the value of an amount overlapping it. Known failures are
``xfail(strict=True)``.
"""

from __future__ import annotations

import json
import math
import re
import tarfile
from functools import cache

import pytest

from claimledger.annotate import load_pipeline
from claimledger.clean import CleanArticle
from claimledger.extractors import Findings
from claimledger.extractors.amounts import extract_amounts
from claimledger.lang import load_language
from tests.conftest import SHARED

ARCHIVE = (
    SHARED
    / "data/time/recognizers-text-specs-fr-en/Specs-DateTime-Number-NumberWithUnit-fr-en.tar.xz"
)
SPECS = {
    "Number": "Specs/Number/French/NumberModel.json",
    "Percent": "Specs/Number/French/PercentModel.json",
    "Ordinal": "Specs/Number/French/OrdinalModel.json",
    "Currency": "Specs/NumberWithUnit/French/CurrencyModel.json",
    "Dimension": "Specs/NumberWithUnit/French/DimensionModel.json",
    "Temperature": "Specs/NumberWithUnit/French/TemperatureModel.json",
}
CURRENCIES = {
    "Dollar": "USD",
    "Dollar États-Unis": "USD",
    "Euro": "EUR",
    "Livre": "GBP",
    "Yen Japonais": "JPY",
    "Yuan Chinois": "CNY",
    "Franc Suisse": "CHF",
    "Franc": "FRF",
    "Dollar Canadien": "CAD",
    "Dollar Australien": "AUD",
    "Dollar de Hong Kong": "HKD",
}
UNITS = {
    "Litre": "l",
    "Millilitre": "ml",
    "Pouce": "in",
    "Décimètres": "dm",
    "Mile": "mi",
    "Hectomètre": "hm",
    "Baril": "bbl",
    "Pied": "ft",
    "Onces": "oz",
    "Acre": "ac",
    "Gallon": "gal",
    "Livre": "lb",
    "Microgramme": "µg",
    "Pieds cube": "ft³",
    "Mètre carré": "m²",
    "Tonne": "t",
    "Tonne métrique": "t",
    "Bit": "bit",
    "Miles par heure": "mph",
    "Mètres": "m",
    "Kilomètres": "km",
    "Millimètres": "mm",
    "Centimètres": "cm",
    "Kilomètre carré": "km²",
    "C": "°C",
    "F": "°F",
    "Degré": "°",
    "Kelvin": "K",
}
OUT_OF_SCOPE = {
    "fractions and ratios (un cinquième, 1 sur 3, 3/4, deux tiers): shares, not counts": (
        r"(?i)(?:i[eè]me|tiers|quarts?|demie?|\bsur\b|\d\s*/\s*\d|\bmoiti|[½¼¾⅓⅔⅙⅛])"
    ),
    "decimals without integer part (,08)": r"^[,.]\d",
    "sub-units after the currency (15 dollars et 15 cents, 15 dollars 50)": (
        r"(?:dollars?|euros?)\s+(?:et\s+)?\w+"
    ),
    "currency codes glued to $ in lower case (aud$ 15)": r"^[a-z]{3}\$",
    "powers and scientific notation (1,1^23, 1e10)": r"\^|\de[+-]?\d",
    "letter multipliers (10k, 10G, 1,2b, 10M): not French news writing": (r"\d\s*(?:k|g|b|M)\b"),
    "spelled or spaced signs (négatif un, - 10 k): a spaced hyphen is a dash in news": (
        r"^\s*-\s|n[ée]gatif"
    ),
    "spoken decimals (deux cent virgule trois)": r"virgule",
    "Indian scales (lakh, crore)": r"lakh|crore",
    "cent as a multiplier after digits (322 cent, 3 cents et 21)": r"\d\s*cents?\b",
    "an article alone (un, une): no figure in news text": r"^(?:une?|Un|Une)$",
    "percent word before the number (pourcentage de vingt)": r"^pour",
}
_IP = re.compile(r"\d+\.\d+\.\d+\.\d+")
#: Two numbers joined by ``à``/``ou`` are one range amount (``trois ou quatre lots``), where
#: Recognizers' Number model reads two numbers.
_RANGE = re.compile(r"(?i)\b(?:de\s+)?\w+\s+(?:à|ou)\s+\w+")

# Cases that fail today, by family and index. Classes: an article before a currency (une yen),
# a range read as one amount where Recognizers reads its upper end (huit à 10 pieds, 75 - 300mm),
# a number word hyphenated to its unit (trois-tonnes), a typo in the unit (miles a l'heure),
# angles read as degrees (45 degrés, 90°), a unit after `de` without multiplier (4000000 de degrés).
KNOWN_FAILURES = {
    "Currency:69",
    "Dimension:11",
    "Dimension:24",
    "Dimension:30",
    "Dimension:42",
    "Temperature:38",
    "Temperature:39",
    "Temperature:40",
}


def expected_results(family: str, case: dict) -> list[tuple[str, int, int, float | None, str]]:
    """(text, start, end, value, unit) of each result of a case that carries a value."""
    results = []
    for result in case["Results"]:
        resolution = result.get("Resolution") or {}
        raw = resolution.get("value")
        value = _number(raw) if raw is not None else None
        if value is None and family != "Ordinal":
            continue
        unit = resolution.get("isoCurrency") or resolution.get("unit") or ""
        start = result.get("Start", resolution.get("Start", 0))
        end = result.get("End", resolution.get("End", start + len(result["Text"]) - 1)) + 1
        results.append((result["Text"], start, end, value, unit))
    return results


def _number(raw: str) -> float | None:
    """A Recognizers value (``0,2``, ``1E-12``, ``100%``) as a float."""
    text = raw.rstrip("%").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def out_of_scope(key: str, case: dict) -> str | None:
    """Why a case is out of scope, or None when it is in."""
    family = key.split(":")[0]
    if _IP.search(case["Input"]):
        return "IP addresses"
    texts = [r["Text"] for r in case["Results"]]
    if family == "Number" and len(texts) == 2 and _RANGE.search(case["Input"]):
        between = case["Input"].lower().split(texts[0].lower(), 1)[-1].split(texts[1].lower())[0]
        if between.strip() in ("à", "ou"):
            return "two numbers joined by à or ou: one range amount here (trois ou quatre)"
    if family == "Number" and not case["Results"] and re.search(r"\d", case["Input"]):
        return "numbers with a unit (180ml): the Number model leaves them to the unit models"
    for text, _, _, _, unit in expected_results(family, case):
        for reason, pattern in OUT_OF_SCOPE.items():
            if re.search(pattern, text) and family != "Ordinal":
                return reason
        if family == "Currency" and unit not in CURRENCIES and len(unit) != 3:
            return "currency sub-units and old currencies (cents, pence, marks, florins)"
        if family in ("Dimension", "Temperature") and unit not in UNITS:
            return "units without a code in amounts.toml (angles, turns)"
    return None


@cache
def spec_cases() -> tuple[tuple[str, dict], ...]:
    """The cases the .NET recognizer supports, keyed ``Family:index``."""
    if not ARCHIVE.exists():
        return ()
    cases = []
    with tarfile.open(ARCHIVE) as archive:
        for family, member in SPECS.items():
            data = json.loads(archive.extractfile(member).read().decode("utf-8-sig"))
            for index, case in enumerate(data):
                unsupported = (case.get("NotSupported") or "") + (
                    case.get("NotSupportedByDesign") or ""
                )
                if "dotnet" not in unsupported.lower():
                    cases.append((f"{family}:{index}", case))
    return tuple(cases)


def in_scope_keys() -> list[str]:
    """The keys of the cases in scope."""
    return [key for key, case in spec_cases() if out_of_scope(key, case) is None]


def in_scope_cases() -> list:
    """The cases to test, each marked xfail when it is a known failure."""
    params = []
    for key, case in spec_cases():
        if out_of_scope(key, case) is None:
            marks = [pytest.mark.xfail(strict=True)] if key in KNOWN_FAILURES else []
            params.append(pytest.param(key, case, id=key, marks=marks))
    return params


def amounts_of(text: str) -> list:
    """The amounts extracted from ``text`` alone, with claimledger's French pipeline."""
    article = CleanArticle(origin="recognizers", doc_id="recognizers", text=text, language="fr")
    doc = load_pipeline("fr")(text)
    return extract_amounts(Findings(article=article, doc=doc, lang=load_language("fr")))


def passes(key: str, case: dict) -> bool:
    """Whether the extractor finds every expected value (and unit) of ``case``."""
    family = key.split(":")[0]
    amounts = amounts_of(case["Input"])
    expected = expected_results(family, case)
    if family == "Ordinal":
        spans = [(start, end) for _, start, end, _, _ in expected]
        return not any(a.start < end and start < a.end for a in amounts for start, end in spans)
    if not case["Results"]:
        return not [a for a in amounts if _in_family(family, a.unit)]
    for _, start, end, value, unit in expected:
        wanted_unit = _wanted_unit(family, unit)
        if not any(
            a.start < end
            and start < a.end
            and math.isclose(a.value, value, rel_tol=1e-6)
            and (wanted_unit is None or a.unit == wanted_unit)
            for a in amounts
        ):
            return False
    return True


def _in_family(family: str, unit: str | None) -> bool:
    """Whether an amount with ``unit`` is of the kind the ``family`` model reads."""
    temperatures = {"°C", "°F", "°", "K"}
    if family == "Currency":
        return unit is not None and len(unit) == 3 and unit.isupper()
    if family == "Dimension":
        return unit is not None and unit in UNITS.values() and unit not in temperatures
    if family == "Temperature":
        return unit in temperatures
    if family == "Percent":
        return unit == "%"
    return True


def _wanted_unit(family: str, unit: str) -> str | None:
    if family == "Currency":
        return CURRENCIES.get(unit, unit)
    if family in ("Dimension", "Temperature"):
        return UNITS[unit]
    if family == "Percent":
        return "%"
    return None


@pytest.mark.parametrize(("key", "case"), in_scope_cases())
def test_recognizers_case(key: str, case: dict, shared) -> None:
    assert passes(key, case), case["Input"]


def test_recognizers_specs_are_read(shared) -> None:
    cases = spec_cases()
    assert len(cases) > 300
    assert 200 < len(in_scope_keys()) < len(cases)
