"""A synthetic content set of any size, built from the bundled one, for scale benchmarks."""

from __future__ import annotations

import random

from kiosk import paths
from kiosk.content import Content, load_content
from kiosk.content.model import Milestone

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
        data = t.model_dump()
        data["id"] = f"m{i:05d}"
        data["start"]["year"] = rng.randint(1946, 2020)
        data["end"] = None
        data["see_also"] = []
        data["category"] = rng.choice(base.categories).id
        data["tags"] = []
        for lang in ("en", "ja"):
            data[lang]["title"] = f"{title} {i}"
            data[lang]["date_note"] = None
        data["start"]["certainty"] = "exact"
        milestones.append(Milestone.model_validate(data))
    milestones.sort(key=lambda m: m.start.year)
    return Content(root=base.root, info=base.info, categories=base.categories,
                   milestones=tuple(milestones))
