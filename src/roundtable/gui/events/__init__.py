"""Events: the list, the overview, the event dialog and its pages, bundles."""
