#include "pdf/PdfTagging.h"

#include "pdf/PdfMetadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <string>

namespace cpc {

namespace {

// A structure element's entries as the text libharu writes into its dictionary when it saves the file (a
// dictionary's write_fn comes after its own entries). As libharu objects a table cell's element took about
// 800 bytes (every key 128 bytes, every name 130) and a dozen allocations, for some 11,000 elements.
HPDF_STATUS writeEntries(HPDF_Dict d, HPDF_Stream out)
{
    const auto* text = static_cast<const std::string*>(d->attr);
    return HPDF_Stream_Write(out, reinterpret_cast<const HPDF_BYTE*>(text->data()), HPDF_UINT(text->size()));
}

void freeEntries(HPDF_Dict d)
{
    delete static_cast<std::string*>(d->attr);
    d->attr = nullptr;
}

// Gives dictionary `d` its entries as text.
void setEntries(HPDF_Dict d, std::string text)
{
    d->attr = new std::string(std::move(text));
    d->write_fn = writeEntries;
    d->free_fn = freeEntries;
}

// An indirect reference to an object libharu numbered when it took it into the document.
void reference(std::string& out, const void* object)
{
    out += std::to_string(static_cast<const HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF);
    out += " 0 R";
}

} // namespace

bool PdfTagging::write(HPDF_Doc doc, PdfStructure& structure, const std::vector<HPDF_Page>& pages)
{
    structure.finish();
    HPDF_MMgr mmgr = doc->mmgr;
    HPDF_Xref xref = doc->xref;
    HPDF_STATUS ret = HPDF_OK;
    const auto& elements = structure.elements();
    const auto pageOk = [&](int p) { return p >= 0 && size_t(p) < pages.size(); };

    // Every element in the tree gets its object first, so that parents and kids can refer to each other.
    std::vector<HPDF_Dict> dicts(elements.size(), nullptr);
    for (size_t i = 0; i < elements.size(); ++i) {
        if (!elements[i].attached) continue;
        dicts[i] = HPDF_Dict_New(mmgr);
        if (!dicts[i] || HPDF_Xref_Add(xref, dicts[i]) != HPDF_OK) return false;
    }
    HPDF_Dict root = HPDF_Dict_New(mmgr);
    if (!root || HPDF_Xref_Add(xref, root) != HPDF_OK) return false;
    ret += HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
    ret += HPDF_Dict_Add(root, "K", dicts[0]);

    const auto& annotations = structure.annotations();
    HPDF_Dict scopes[2] = {nullptr, nullptr};
    for (size_t i = 0; i < elements.size(); ++i) {
        const PdfStructure::Element& e = elements[i];
        HPDF_Dict d = dicts[i];
        if (!d) continue;
        // /Type /StructElem is optional: left out, like every byte the many table cells can spare.
        std::string entries = "/S /";
        entries += e.type;
        entries += "\n/P ";
        reference(entries, i == 0 ? root : dicts[size_t(e.parent)]);
        entries += '\n';
        if (e.lang) {
            entries += "/Lang (";
            entries += PdfMetadata::tag(*e.lang);
            entries += ")\n";
        }
        if (!e.alt.isEmpty()) ret += HPDF_Dict_Add(d, "Alt", PdfMetadata::textString(mmgr, e.alt));
        if (e.scope != PdfStructure::Scope::None) {
            // One attribute object per scope, shared by every header cell.
            HPDF_Dict& a = scopes[e.scope == PdfStructure::Scope::Column ? 0 : 1];
            if (!a) {
                a = HPDF_Dict_New(mmgr);
                if (!a || HPDF_Xref_Add(xref, a) != HPDF_OK) return false;
                ret += HPDF_Dict_AddName(a, "O", "Table");
                ret +=
                    HPDF_Dict_AddName(a, "Scope", e.scope == PdfStructure::Scope::Column ? "Column" : "Row");
            }
            entries += "/A ";
            reference(entries, a);
            entries += '\n';
        }
        // The element's page is that of its first content; marked content elsewhere names its own page.
        int page = -1;
        for (const PdfStructure::Kid& k : e.kids)
            if (k.element < 0 && pageOk(k.page)) {
                page = k.page;
                break;
            }
        if (page >= 0) {
            entries += "/Pg ";
            reference(entries, pages[size_t(page)]);
            entries += '\n';
        }
        // One marked-content sequence on the element's page (most table cells, most lines) needs no array.
        if (e.kids.size() == 1 && e.kids[0].element < 0 && e.kids[0].annotation < 0 &&
            e.kids[0].page == page) {
            entries += "/K " + std::to_string(e.kids[0].mcid) + '\n';
        } else {
            entries += "/K [";
            for (const PdfStructure::Kid& k : e.kids) {
                if (k.element >= 0) {
                    if (!dicts[size_t(k.element)]) continue;
                    reference(entries, dicts[size_t(k.element)]);
                } else if (k.annotation >= 0) {
                    entries += "<</Type /OBJR /Obj ";
                    reference(entries, annotations[size_t(k.annotation)].handle);
                    if (pageOk(k.page)) {
                        entries += " /Pg ";
                        reference(entries, pages[size_t(k.page)]);
                    }
                    entries += ">>";
                } else if (k.page == page) {
                    entries += std::to_string(k.mcid);
                } else if (pageOk(k.page)) {
                    entries += "<</Type /MCR /Pg ";
                    reference(entries, pages[size_t(k.page)]);
                    entries += " /MCID " + std::to_string(k.mcid) + ">>";
                } else {
                    continue;
                }
                entries += ' ';
            }
            entries += "]\n";
        }
        setEntries(d, std::move(entries));
        if (ret != HPDF_OK) return false;
    }

    // The parent tree: key i is page i's marked content, the keys after the pages are the annotations.
    HPDF_Dict parentTree = HPDF_Dict_New(mmgr);
    if (!parentTree || HPDF_Xref_Add(xref, parentTree) != HPDF_OK) return false;
    ret += HPDF_Dict_Add(root, "ParentTree", parentTree);
    // Its one array as text too: a reference per marked-content sequence of the document.
    std::string nums = "/Nums [";
    const auto& contents = structure.pageContents();
    for (size_t p = 0; p < pages.size(); ++p) {
        nums += std::to_string(p) + " [";
        if (p < contents.size())
            for (int element : contents[p]) {
                if (element >= 0 && dicts[size_t(element)])
                    reference(nums, dicts[size_t(element)]);
                else
                    nums += "null";
                nums += ' ';
            }
        nums += "] ";
        ret += HPDF_Dict_AddNumber(pages[p], "StructParents", HPDF_INT32(p));
    }
    int key = int(pages.size());
    for (const PdfStructure::Annotation& a : annotations) {
        auto* annot = static_cast<HPDF_Dict>(a.handle);
        ret += HPDF_Dict_AddNumber(annot, "StructParent", key);
        nums += std::to_string(key++) + ' ';
        if (dicts[size_t(a.element)])
            reference(nums, dicts[size_t(a.element)]);
        else
            nums += "null";
        nums += ' ';
        // Tab order follows the structure on pages with annotations (PDF/UA-1 7.18.3).
        if (pageOk(a.page) && !HPDF_Dict_GetItem(pages[size_t(a.page)], "Tabs", HPDF_OCLASS_NAME))
            ret += HPDF_Dict_AddName(pages[size_t(a.page)], "Tabs", "S");
    }
    setEntries(parentTree, nums + "]\n");
    ret += HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
    ret += HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);
    return ret == HPDF_OK;
}

} // namespace cpc
