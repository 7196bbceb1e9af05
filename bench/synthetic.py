"""A synthetic content set of any size, built from the bundled one, for scale benchmarks."""

from __future__ import annotations

import random
from dataclasses import replace

from kiosk import paths
from kiosk.content import Content, load_content
from kiosk.content.model import Certainty, Start

WORDS = ("science", "music", "children", "forest", "school", "film", "camera", "football",
         "library", "museum", "fund", "volunteer", "light", "sound", "relief", "river")


def synthetic_content(n: int, seed: int = 1) -> Content:
    base = load_content(paths.bundled_content(), paths.assets()).content
    rng = random.Random(seed)
    templates = list(base.milestones)
    milestones = []
    for i in range(n):
        t = templates[i % len(templates)]
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
        milestones.append(replace(
            t, id=f"m{i:05d}", start=Start(rng.randint(1946, 2020), None, Certainty.exact),
            end=None, see_also=(), tags=(), category=rng.choice(base.categories).id,
            texts={lang: replace(text, title=f"{title} {i}", date_note=None)
                   for lang, text in t.texts.items()}))
    milestones.sort(key=lambda m: m.start.year)
    return Content(root=base.root, info=base.info, categories=base.categories,
                   milestones=tuple(milestones))
