"""Good practices for transfer: load, check and render practice records into a site."""
