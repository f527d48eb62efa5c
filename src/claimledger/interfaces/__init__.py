"""Ways in for people: the command line (and later a web page)."""
