"""Entity finding, in steps: words, knowledge, names, roles, mentions, grouping, keys.

``claimledger.extractors.entities`` puts the steps together; these modules hold one step each.
"""
