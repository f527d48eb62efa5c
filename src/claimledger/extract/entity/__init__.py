"""Entity finding, in steps: words, knowledge, names, roles, mentions, grouping, keys.

``claimledger.extract.entities`` puts the steps together; these modules hold one step each.
"""
