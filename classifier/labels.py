"""The label contract of ANNOTATION.md as constants: every output field uses these values."""

ACTORS = frozenset("""israel palestine egypt jordan lebanon syria iraq iran turkey saudi_arabia uae qatar kuwait bahrain oman
yemen sudan libya tunisia algeria morocco usa russia ukraine china france uk germany azerbaijan eu un nato arab_league
hamas islamic_jihad hezbollah houthis isis al_qaeda rsf sdf pkk pmf haftar_forces syrian_opposition muslim_brotherhood
taliban polisario""".split())

# ANNOTATION section 4 splits the actors into states and bodies, and non-state groups.
NON_STATE = frozenset("""hamas islamic_jihad hezbollah houthis isis al_qaeda rsf sdf pkk pmf haftar_forces syrian_opposition
muslim_brotherhood taliban polisario""".split())
STATES = ACTORS - NON_STATE

SOURCES = ("author", "named_person", "official", "anonymous", "media", "public")
CUE_CLASSES = ("neutral", "assertive", "revealing", "distancing", "hedging")
CATEGORIES = ("label", "aggression", "atrocity", "delegitimizing", "scare_quote", "pejorative", "martyrdom", "praise")
STANCES = ("against", "neutral", "favor")
VOICES = ("author", "quoted")
