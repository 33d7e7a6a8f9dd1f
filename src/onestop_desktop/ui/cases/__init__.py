"""The counselor's daily tool: the case list, intake, and the case workspace with its tabs."""
