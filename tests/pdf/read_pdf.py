"""Reads a leaflet PDF back and prints what the leaflet tests check, as JSON.

Run by tests/suite/leaflets.rs with Debian's python3 and python3-pikepdf:

    /usr/bin/python3 tests/pdf/read_pdf.py FILE.pdf

It reports:
- the document: /Lang, MarkInfo /Marked, whether there is a StructTreeRoot,
  the XMP identification (pdfuaid:part, pdfaid:part and conformance), every
  /Figure structure element's /Alt, every /Lang set on a structure
  element, and every structure type used (/H1, /L, /Figure …);
- per page: the MediaBox, TrimBox and BleedBox as written in the page
  dictionary (null when absent), and every run of text drawn: its
  effective size in points (the Tf size times the text and graphics
  matrices' vertical scale), its baseline position (x, y in points from the
  bottom left) and the colour it is filled with (space and components);
- every filled path of more than 20 subpaths (the QR code is one), with
  its page and bounding box in points, and every other filled area larger
  than 4 × 4 points (backgrounds, bands);
- every /Lang given to marked content in the content streams (where Typst
  marks text in another language than the document's);
- the thinnest stroked line, in points;
- colour use over the whole file: every colour operator in every content
  stream (pages, forms, annotation appearances, patterns), classified by
  the colour space it works in, every image's colour space and size, and
  every object in the file that names an RGB colour space (DeviceRGB,
  CalRGB, or an ICC profile with three components).
"""

import json
import math
import sys

import pikepdf

RGB, CMYK, GRAY, OTHER = "rgb", "cmyk", "gray", "other"


def space_kind(space):
    """The kind of a colour space object (a name, or an array)."""
    if isinstance(space, pikepdf.Name):
        name = str(space)
        return {
            "/DeviceRGB": RGB,
            "/RGB": RGB,
            "/CalRGB": RGB,
            "/DeviceCMYK": CMYK,
            "/CMYK": CMYK,
            "/DeviceGray": GRAY,
            "/G": GRAY,
            "/CalGray": GRAY,
        }.get(name, OTHER)
    if isinstance(space, pikepdf.Array) and len(space) > 0 and isinstance(space[0], pikepdf.Name):
        family = str(space[0])
        if family == "/ICCBased":
            components = int(space[1].get("/N", 0))
            return {1: GRAY, 3: RGB, 4: CMYK}.get(components, OTHER)
        if family in ("/CalRGB",):
            return RGB
        if family in ("/CalGray",):
            return GRAY
        if family in ("/Indexed",):
            return space_kind(space[1])
        if family in ("/Separation", "/DeviceN"):
            return OTHER
        if family == "/Pattern":
            return OTHER
    return OTHER


def multiply(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class Walker:
    def __init__(self):
        self.colour_ops = {RGB: 0, CMYK: 0, GRAY: 0, OTHER: 0}
        self.images = []
        self.seen_forms = set()
        self.content_langs = set()
        self.fills = []
        self.strokes = []
        self.page = 0

    def walk(self, stream_owner, resources, ctm, texts):
        """Interprets one content stream: colours, text runs, forms, images."""
        try:
            instructions = pikepdf.parse_content_stream(stream_owner)
        except Exception as error:  # noqa: BLE001 - reported, not hidden
            raise SystemExit(f"cannot parse a content stream: {error}")
        colour_spaces = resources.get("/ColorSpace", pikepdf.Dictionary()) if resources is not None else pikepdf.Dictionary()
        xobjects = resources.get("/XObject", pikepdf.Dictionary()) if resources is not None else pikepdf.Dictionary()
        stack = []
        line_width = 1.0
        fill = (GRAY, [0.0])
        fill_space = GRAY
        stroke_space = GRAY
        tm = IDENTITY
        tlm = IDENTITY
        size = 0.0
        leading = 0.0
        path_points = []
        subpaths = 0

        def resolve(name):
            key = str(name)
            if key in ("/DeviceRGB", "/DeviceCMYK", "/DeviceGray", "/Pattern"):
                return space_kind(pikepdf.Name(key))
            if key in colour_spaces:
                return space_kind(colour_spaces[key])
            return OTHER

        for operands, operator in instructions:
            op = str(operator)
            if op == "q":
                stack.append((ctm, fill, fill_space, stroke_space, line_width))
            elif op == "Q" and stack:
                ctm, fill, fill_space, stroke_space, line_width = stack.pop()
            elif op == "w":
                line_width = float(operands[0])
            elif op == "cm":
                ctm = multiply(tuple(float(x) for x in operands), ctm)
            elif op in ("rg", "RG"):
                self.colour_ops[RGB] += 1
                if op == "rg":
                    fill = (RGB, [float(x) for x in operands])
            elif op in ("k", "K"):
                self.colour_ops[CMYK] += 1
                if op == "k":
                    fill = (CMYK, [float(x) for x in operands])
            elif op in ("g", "G"):
                self.colour_ops[GRAY] += 1
                if op == "g":
                    fill = (GRAY, [float(x) for x in operands])
            elif op == "cs":
                fill_space = resolve(operands[0])
            elif op == "CS":
                stroke_space = resolve(operands[0])
            elif op in ("sc", "scn"):
                self.colour_ops[fill_space] += 1
                fill = (fill_space, [float(x) for x in operands if not isinstance(x, pikepdf.Name)])
            elif op in ("SC", "SCN"):
                self.colour_ops[stroke_space] += 1
            elif op in ("m", "l", "re", "c", "v", "y"):
                numbers = [float(x) for x in operands]
                if op == "m":
                    subpaths += 1
                if op == "re":
                    subpaths += 1
                    x, y, w, h = numbers
                    numbers = [x, y, x + w, y + h]
                for i in range(0, len(numbers) - 1, 2):
                    px, py = numbers[i], numbers[i + 1]
                    path_points.append((ctm[0] * px + ctm[2] * py + ctm[4], ctm[1] * px + ctm[3] * py + ctm[5]))
            elif op in ("f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n"):
                if op in ("S", "s", "B", "B*", "b", "b*") and path_points:
                    scale = math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]))
                    self.strokes.append(round(line_width * scale, 3))
                if op not in ("S", "s", "n") and path_points:
                    xs = [point[0] for point in path_points]
                    ys = [point[1] for point in path_points]
                    self.fills.append(
                        {
                            "subpaths": subpaths,
                            "bbox": [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)],
                            "space": fill[0],
                            "page": self.page,
                        }
                    )
                path_points = []
                subpaths = 0
            elif op == "BT":
                tm = IDENTITY
                tlm = IDENTITY
            elif op == "Tf":
                size = float(operands[1])
            elif op == "TL":
                leading = float(operands[0])
            elif op == "Tm":
                tm = tuple(float(x) for x in operands)
                tlm = tm
            elif op in ("Td", "TD"):
                tx, ty = float(operands[0]), float(operands[1])
                if op == "TD":
                    leading = -ty
                tlm = multiply((1, 0, 0, 1, tx, ty), tlm)
                tm = tlm
            elif op == "T*":
                tlm = multiply((1, 0, 0, 1, 0, -leading), tlm)
                tm = tlm
            elif op in ("Tj", "TJ", "'", '"'):
                if op in ("'", '"'):
                    tlm = multiply((1, 0, 0, 1, 0, -leading), tlm)
                    tm = tlm
                m = multiply(tm, ctm)
                scale = math.hypot(m[2], m[3])
                texts.append(
                    {
                        "size": round(size * scale, 3),
                        "x": round(m[4], 2),
                        "y": round(m[5], 2),
                        "fill": {"space": fill[0], "components": [round(c, 4) for c in fill[1]]},
                    }
                )
            elif op == "Do":
                name = str(operands[0])
                if name not in xobjects:
                    continue
                xobject = xobjects[name]
                subtype = str(xobject.get("/Subtype"))
                if subtype == "/Image":
                    self.image(xobject, ctm)
                elif subtype == "/Form":
                    matrix = tuple(float(x) for x in xobject.get("/Matrix", IDENTITY))
                    key = (xobject.objgen, ctm)
                    if key in self.seen_forms:
                        continue
                    self.seen_forms.add(key)
                    self.walk(xobject, xobject.get("/Resources", resources), multiply(matrix, ctm), texts)
            elif op == "sh":
                shadings = resources.get("/Shading", pikepdf.Dictionary()) if resources is not None else pikepdf.Dictionary()
                shading = shadings.get(str(operands[0]))
                if shading is not None:
                    self.colour_ops[space_kind(shading.get("/ColorSpace"))] += 1
            elif op in ("BDC", "DP") and len(operands) > 1:
                properties = operands[1]
                if isinstance(properties, pikepdf.Name):
                    named = resources.get("/Properties", pikepdf.Dictionary()) if resources is not None else pikepdf.Dictionary()
                    properties = named.get(str(properties), pikepdf.Dictionary())
                if isinstance(properties, pikepdf.Dictionary) and "/Lang" in properties:
                    self.content_langs.add(str(properties["/Lang"]))
            elif op == "BI":
                self.images.append({"space": OTHER, "inline": True})

    def image(self, image, ctm):
        width = int(image.get("/Width", 0))
        height = int(image.get("/Height", 0))
        drawn_w = math.hypot(ctm[0], ctm[1]) / 72.0
        drawn_h = math.hypot(ctm[2], ctm[3]) / 72.0
        self.images.append(
            {
                "space": space_kind(image.get("/ColorSpace", pikepdf.Name("/DeviceGray"))),
                "width": width,
                "height": height,
                "ppi_x": round(width / drawn_w, 1) if drawn_w else None,
                "ppi_y": round(height / drawn_h, 1) if drawn_h else None,
            }
        )


def box(page, key):
    value = page.obj.get(key)
    if value is None:
        return None
    return [round(float(v), 3) for v in value]


def structure(pdf):
    figures = []
    langs = []
    kinds = set()
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return figures, langs, kinds
    seen = set()

    def visit(node):
        if isinstance(node, pikepdf.Array):
            for child in node:
                visit(child)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        if node.is_indirect:
            if node.objgen in seen:
                return
            seen.add(node.objgen)
        kind = node.get("/S")
        if kind is not None:
            kinds.add(str(kind))
        if kind is not None and str(kind) == "/Figure":
            alt = node.get("/Alt")
            figures.append(str(alt) if alt is not None else None)
        lang = node.get("/Lang")
        if lang is not None:
            langs.append(str(lang))
        kids = node.get("/K")
        if kids is not None:
            visit(kids)

    visit(root)
    return figures, langs, kinds


def rgb_objects(pdf):
    """Objects anywhere in the file that name or are an RGB colour space."""
    found = []

    def check(value, where):
        if isinstance(value, pikepdf.Name) and str(value) in ("/DeviceRGB", "/CalRGB"):
            found.append(f"{where}: {value}")
        elif isinstance(value, pikepdf.Array):
            if (
                len(value) > 1
                and isinstance(value[0], pikepdf.Name)
                and str(value[0]) == "/ICCBased"
                and int(value[1].get("/N", 0)) == 3
            ):
                found.append(f"{where}: ICCBased RGB profile")
            for item in value:
                if not (isinstance(item, (pikepdf.Dictionary, pikepdf.Stream)) and item.is_indirect):
                    check(item, where)
        elif isinstance(value, (pikepdf.Dictionary, pikepdf.Stream)):
            for key in value.keys():
                if key in ("/Parent", "/P", "/K", "/Kids", "/StructTreeRoot", "/ParentTree"):
                    continue
                item = value[key]
                if isinstance(item, (pikepdf.Dictionary, pikepdf.Stream)) and item.is_indirect:
                    continue
                check(item, f"{where} {key}")

    for obj in pdf.objects:
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
            check(obj, f"object {obj.objgen[0]}")
    return found


def main(path):
    pdf = pikepdf.open(path)
    walker = Walker()
    pages = []
    for index, page in enumerate(pdf.pages):
        walker.page = index + 1
        texts = []
        walker.walk(page, page.obj.get("/Resources"), IDENTITY, texts)
        for annotation in page.obj.get("/Annots", []):
            appearance = annotation.get("/AP")
            if appearance is not None:
                for key in ("/N", "/R", "/D"):
                    stream = appearance.get(key)
                    if isinstance(stream, pikepdf.Stream):
                        walker.walk(stream, stream.get("/Resources"), IDENTITY, [])
        pages.append(
            {
                "media": box(page, "/MediaBox"),
                "trim": box(page, "/TrimBox"),
                "bleed": box(page, "/BleedBox"),
                "texts": texts,
            }
        )
    meta = pdf.open_metadata()
    figures, langs, kinds = structure(pdf)
    mark_info = pdf.Root.get("/MarkInfo")
    lang = pdf.Root.get("/Lang")
    report = {
        "lang": str(lang) if lang is not None else None,
        "marked": bool(mark_info.get("/Marked", False)) if mark_info is not None else False,
        "struct_tree": "/StructTreeRoot" in pdf.Root,
        "pdfua_part": meta.get("{http://www.aiim.org/pdfua/ns/id/}part"),
        "pdfa_part": meta.get("{http://www.aiim.org/pdfa/ns/id/}part"),
        "pdfa_conformance": meta.get("{http://www.aiim.org/pdfa/ns/id/}conformance"),
        "figures": figures,
        "structure_langs": sorted(set(langs)),
        "structure_types": sorted(kinds),
        "thinnest_stroke": min(walker.strokes) if walker.strokes else None,
        "content_langs": sorted(walker.content_langs),
        "pages": pages,
        "colour_ops": walker.colour_ops,
        "images": walker.images,
        "fills": [fill for fill in walker.fills if fill["subpaths"] > 20],
        "solid_fills": [
            fill
            for fill in walker.fills
            if fill["subpaths"] <= 20
            and fill["bbox"][2] - fill["bbox"][0] > 4
            and fill["bbox"][3] - fill["bbox"][1] > 4
        ],
        "rgb_objects": rgb_objects(pdf),
        "output_intents": len(pdf.Root.get("/OutputIntents", [])),
    }
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
