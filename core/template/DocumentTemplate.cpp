#include "template/DocumentTemplate.h"

#include "storage/ReportDocument.h"
#include "template/TemplateReader.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace cpc {

namespace {

struct Cache {
    QMutex mutex;
    // By document; an entry goes when its document is destroyed. Null: read, and not a valid template.
    QHash<const ReportDocument*, std::shared_ptr<const Template>> parsed;
};

Cache& cache()
{
    static Cache c;
    return c;
}

} // namespace

const Template* DocumentTemplate::of(const ReportDocument& doc)
{
    Cache& c = cache();
    {
        const QMutexLocker lock(&c.mutex);
        if (const auto it = c.parsed.constFind(&doc); it != c.parsed.cend()) return it->get();
    }
    std::shared_ptr<const Template> t;
    const QByteArray json = doc.templateJson();
    if (!json.isEmpty())
        if (auto read = TemplateReader::read(json)) t = std::make_shared<const Template>(read.take());
    const QMutexLocker lock(&c.mutex);
    c.parsed.insert(&doc, t);
    const ReportDocument* key = &doc;
    QObject::connect(&doc, &QObject::destroyed, [key] {
        const QMutexLocker l(&cache().mutex);
        cache().parsed.remove(key);
    });
    return t.get();
}

} // namespace cpc
