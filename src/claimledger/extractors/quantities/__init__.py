"""The steps of the amounts extractor: numerals, units, exclusions, qualifiers, counted, sources.

``claimledger.extractors.amounts`` runs them in order; each module holds one step and reads the
language's knowledge from ``lang/<code>/amounts.toml`` through ``quantities.data``.
"""
