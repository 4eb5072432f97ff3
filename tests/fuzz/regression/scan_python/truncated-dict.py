setup(extras_require={"a":
