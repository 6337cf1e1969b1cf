"""The parts of a questionnaire definition the Python baselines need (items, dimensions, scales, reverse scoring)."""
import xml.etree.ElementTree as ET


class Model:
    def __init__(self, definition_text):
        root = ET.fromstring(definition_text.encode("utf-8"))
        self.id = root.get("id")
        self.version = root.get("version")
        scales = {}
        for s in root.iter("scale"):
            values = [int(p.get("value")) for p in s.findall("point")]
            codes = set(values)
            if s.find("not-applicable") is not None:
                codes.add(-1)
            if s.find("dont-know") is not None:
                codes.add(-2)
            scales[s.get("id")] = (min(values), max(values), codes)
        first_scale = next(iter(scales))
        self.items, self.item_index, self.dimensions, self.dimension_index, self.parts = [], {}, [], {}, []
        for part in root.iter("part"):
            part_dims = []
            for dim in part.iter("dimension"):
                lo, hi, codes = scales[dim.get("scale", first_scale)]
                d = len(self.dimensions)
                self.dimension_index[dim.get("id")] = d
                title = next((t.text for t in dim.findall("title") if t.get("lang") == "nl"), dim.get("id"))
                self.dimensions.append({"id": dim.get("id"), "title": title, "items": []})
                part_dims.append(d)
                for item in dim.findall("item"):
                    i = len(self.items)
                    self.item_index[item.get("id")] = i
                    text = next((t.text for t in item.findall("text") if t.get("lang") == "nl"), "")
                    self.items.append({"id": item.get("id"), "dimension": d, "reverse": item.get("reverse") == "true",
                                       "low": lo, "high": hi, "codes": codes, "text": text})
                    self.dimensions[d]["items"].append(i)
            title = next((t.text for t in part.findall("title") if t.get("lang") == "nl"), part.get("id"))
            self.parts.append({"id": part.get("id"), "title": title, "dimensions": part_dims})
