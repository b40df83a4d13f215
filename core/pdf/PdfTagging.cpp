#include "pdf/PdfTagging.h"

#include "pdf/PdfMetadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

namespace cpc {

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
        ret += HPDF_Dict_AddName(d, "S", e.type);
        ret += HPDF_Dict_Add(d, "P", i == 0 ? root : dicts[size_t(e.parent)]);
        if (e.lang)
            ret += HPDF_Dict_Add(d, "Lang", HPDF_String_New(mmgr, PdfMetadata::tag(*e.lang), nullptr));
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
            ret += HPDF_Dict_Add(d, "A", a);
        }
        // The element's page is that of its first content; marked content elsewhere names its own page.
        int page = -1;
        for (const PdfStructure::Kid& k : e.kids)
            if (k.element < 0 && pageOk(k.page)) {
                page = k.page;
                break;
            }
        if (page >= 0) ret += HPDF_Dict_Add(d, "Pg", pages[size_t(page)]);
        // One marked-content sequence on the element's page (most table cells, most lines) needs no array.
        if (e.kids.size() == 1 && e.kids[0].element < 0 && e.kids[0].annotation < 0 &&
            e.kids[0].page == page) {
            ret += HPDF_Dict_AddNumber(d, "K", e.kids[0].mcid);
            continue;
        }
        HPDF_Array kids = HPDF_Array_New(mmgr);
        if (!kids) return false;
        ret += HPDF_Dict_Add(d, "K", kids);
        for (const PdfStructure::Kid& k : e.kids) {
            if (k.element >= 0) {
                if (dicts[size_t(k.element)]) ret += HPDF_Array_Add(kids, dicts[size_t(k.element)]);
            } else if (k.annotation >= 0) {
                HPDF_Dict objr = HPDF_Dict_New(mmgr);
                if (!objr) return false;
                ret += HPDF_Array_Add(kids, objr);
                ret += HPDF_Dict_AddName(objr, "Type", "OBJR");
                ret += HPDF_Dict_Add(objr, "Obj",
                                     static_cast<HPDF_Dict>(annotations[size_t(k.annotation)].handle));
                if (pageOk(k.page)) ret += HPDF_Dict_Add(objr, "Pg", pages[size_t(k.page)]);
            } else if (k.page == page) {
                ret += HPDF_Array_AddNumber(kids, k.mcid);
            } else if (pageOk(k.page)) {
                HPDF_Dict mcr = HPDF_Dict_New(mmgr);
                if (!mcr) return false;
                ret += HPDF_Array_Add(kids, mcr);
                ret += HPDF_Dict_AddName(mcr, "Type", "MCR");
                ret += HPDF_Dict_Add(mcr, "Pg", pages[size_t(k.page)]);
                ret += HPDF_Dict_AddNumber(mcr, "MCID", k.mcid);
            }
        }
        if (ret != HPDF_OK) return false;
    }

    // The parent tree: key i is page i's marked content, the keys after the pages are the annotations.
    HPDF_Dict parentTree = HPDF_Dict_New(mmgr);
    if (!parentTree || HPDF_Xref_Add(xref, parentTree) != HPDF_OK) return false;
    ret += HPDF_Dict_Add(root, "ParentTree", parentTree);
    HPDF_Array nums = HPDF_Array_New(mmgr);
    if (!nums) return false;
    ret += HPDF_Dict_Add(parentTree, "Nums", nums);
    const auto& contents = structure.pageContents();
    for (size_t p = 0; p < pages.size(); ++p) {
        HPDF_Array list = HPDF_Array_New(mmgr);
        if (!list) return false;
        ret += HPDF_Array_AddNumber(nums, HPDF_INT32(p));
        ret += HPDF_Array_Add(nums, list);
        if (p < contents.size())
            for (int element : contents[p])
                ret += element >= 0 && dicts[size_t(element)] ? HPDF_Array_Add(list, dicts[size_t(element)])
                                                              : HPDF_Array_Add(list, HPDF_Null_New(mmgr));
        ret += HPDF_Dict_AddNumber(pages[p], "StructParents", HPDF_INT32(p));
    }
    int key = int(pages.size());
    for (const PdfStructure::Annotation& a : annotations) {
        auto* annot = static_cast<HPDF_Dict>(a.handle);
        ret += HPDF_Dict_AddNumber(annot, "StructParent", key);
        ret += HPDF_Array_AddNumber(nums, key++);
        ret += HPDF_Array_Add(nums, dicts[size_t(a.element)]);
        // Tab order follows the structure on pages with annotations (PDF/UA-1 7.18.3).
        if (pageOk(a.page) && !HPDF_Dict_GetItem(pages[size_t(a.page)], "Tabs", HPDF_OCLASS_NAME))
            ret += HPDF_Dict_AddName(pages[size_t(a.page)], "Tabs", "S");
    }
    ret += HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
    ret += HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);
    return ret == HPDF_OK;
}

} // namespace cpc
