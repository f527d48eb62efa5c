"""What follows or precedes a numeral and belongs to it: multiplier, currency, percent, measure.

1. A multiplier after the number scales it (``1,5 milliard``, ``3 millions et demi``, ``2 Md``).
2. A currency after it (``€``, ``$US``, ``dollars``; after a multiplier also ``de dollars``)
   or before it (``$75``, ``NZ$26``) gives its ISO code; ``M€`` scales and gives the code.
3. Else a percent sign or word gives ``%``, a measure gives its unit (``km``, ``t``, ``°C``).
"""

from __future__ import annotations

import re

from claimledger.extractors.quantities.data import AmountData, fold
from claimledger.extractors.quantities.quantity import FRACTION, VAGUE, Quantity


def attach_units(quantity: Quantity, text: str, data: AmountData) -> None:
    """Widen ``quantity`` over its multiplier and unit, and set its value, scale and unit."""
    if quantity.kind not in (VAGUE, FRACTION) and not _attach_scaled_currency(quantity, text, data):
        _attach_multiplier(quantity, text, data)
    if quantity.unit is None:
        _attach_unit_after(quantity, text, data)
    if quantity.unit is None:
        _attach_currency_before(quantity, text, data)


def _attach_scaled_currency(quantity: Quantity, text: str, data: AmountData) -> bool:
    """``5 M€``: a symbol holding both a multiplier and a currency."""
    match = data.scaled_currency.match(text, quantity.end)
    if not match:
        return False
    code, scale = _lookup(data.table["currencies"]["scaled"], match.group().strip())
    quantity.value *= scale
    quantity.scale = scale
    quantity.unit = code
    quantity.end = match.end()
    return True


def _attach_multiplier(quantity: Quantity, text: str, data: AmountData) -> bool:
    """``1,5 milliard``, ``3 millions et demi``: scale the value."""
    match = data.multiplier.match(text, quantity.end)
    if not match:
        return False
    multipliers = data.table["multipliers"]
    scale = float(_lookup(multipliers, match.group().strip()))
    quantity.end = match.end()
    half = data.half.match(text, quantity.end)
    if half:
        quantity.value += 0.5
        quantity.end = half.end()
    quantity.value *= scale
    quantity.scale = scale
    return True


def _attach_unit_after(quantity: Quantity, text: str, data: AmountData) -> None:
    """A currency, percent or measure after the number (after ``de`` when scaled)."""
    starts = [quantity.end]
    if quantity.scale > 1 or quantity.kind == VAGUE:
        connector = data.unit_connector.match(text, quantity.end)
        if connector:
            starts.append(connector.end())
    currencies = data.table["currencies"]
    for index, start in enumerate(starts):
        match = data.currency_after.match(text, start)
        if match:
            table = {**currencies["symbols"], **currencies["words"]}
            quantity.unit = _lookup(table, match.group().strip())
            quantity.end = match.end()
            return
        match = data.currency_after_scale.match(text, start) if index else None
        if match:
            quantity.unit = _lookup(currencies["after_scale"], match.group())
            quantity.end = match.end()
            return
        if index == 0 and data.percent.match(text, start) and quantity.kind != FRACTION:
            quantity.unit = "%"
            quantity.end = data.percent.match(text, start).end()
            return
        match = data.measure.match(text, start)
        if match:
            written = match.group().strip().lstrip("-").strip()
            quantity.unit = _lookup(data.table["units"]["measures"], written)
            quantity.end = match.end()
            quantity.hyphen_word = None
            return


def _attach_currency_before(quantity: Quantity, text: str, data: AmountData) -> None:
    """``$75``, ``NZ$26 million``, ``EUR 1000``: a currency symbol or code just before."""
    match = data.currency_before.search(text, max(0, quantity.start - 8), quantity.start)
    if not match:
        return
    quantity.unit = _lookup(data.table["currencies"]["symbols"], match.group().strip())
    quantity.start = match.start()


def _lookup(table: dict, written: str):
    """The value of ``written`` in ``table``: exactly, else folded and with single spaces."""
    if written in table:
        return table[written]
    wanted = _plain(written)
    for key, value in table.items():
        if _plain(key) == wanted:
            return value
    raise KeyError(written)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).replace("' ", "'")
