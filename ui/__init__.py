"""What the pages share: the text catalog, controls bound to the URL, figure builders."""
