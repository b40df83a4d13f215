#include "merge/ContributionRequest.h"

#include "merge/ContributionScope.h"
#include "model/Paths.h"
#include "util/OutputFile.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cpc {

namespace {
const QString kRequestKey = QStringLiteral("contribution/request");
QString recordKey(const QString& id)
{
    return QStringLiteral("requests/") + id;
}
QString sentKey(const QString& id)
{
    return QStringLiteral("requests/") + id + QStringLiteral("/sent");
}
} // namespace

QByteArray ContributionRequest::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("entity"), entity},
                                     {QStringLiteral("note"), note},
                                     {QStringLiteral("due"), due},
                                     {QStringLiteral("requested_at"), requestedAt},
                                     {QStringLiteral("requested_by"), requestedBy},
                                     {QStringLiteral("revision"), revision}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ContributionRequest> ContributionRequest::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ContributionRequest r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.entity = o.value(QStringLiteral("entity")).toString();
    if (r.id.isEmpty() || r.entity.isEmpty()) return std::nullopt;
    r.note = o.value(QStringLiteral("note")).toString();
    r.due = o.value(QStringLiteral("due")).toString();
    r.requestedAt = o.value(QStringLiteral("requested_at")).toString();
    r.requestedBy = o.value(QStringLiteral("requested_by")).toString();
    r.revision = o.value(QStringLiteral("revision")).toInteger(-1);
    return r;
}

Result<ContributionRequest> ContributionRequest::create(ReportDocument& source, const QString& entity,
                                                        const QString& outPath, const QString& note,
                                                        const QString& due, const QString& author)
{
    const Report& report = source.report();
    if (!report.entity(entity))
        return Error{tr("unknown entity '%1'").arg(entity), QStringLiteral("--entity")};
    if (ContributionScope(report, entity).isEmpty())
        return Error{
            tr("nothing in the report is assigned to '%1'; assign sections, activities or indicators first")
                .arg(entity),
            QStringLiteral("--entity")};
    if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid())
        return Error{tr("expected a date as YYYY-MM-DD"), QStringLiteral("--due")};
    if (of(source))
        return Error{tr("this file is itself a contribution; requests are made from the report"),
                     source.path()};
    // Never onto the report, a device or an existing file; written beside the target and put in place only
    // once whole.
    OutputFile out(outPath, {source.path()}, OutputFile::Existing::Refuse);
    if (Status s = out.open(); !s) return s.error();

    ContributionRequest r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.entity = entity;
    r.note = note;
    r.due = due;
    r.requestedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    r.requestedBy = author;
    r.revision = source.revision();

    const auto fail = [&](const Error& e) { return Error{e.message, outPath, e.kind}; };
    if (Status s = source.copyInto(out.temporaryPath()); !s) return fail(s.error());
    {
        auto copy = ReportDocument::open(out.temporaryPath());
        if (!copy) return fail(copy.error());
        // The partner's copy carries no record of other requests.
        QList<QPair<QString, QString>> values;
        for (const QString& key : copy.value()->settingKeys(QStringLiteral("requests/")))
            values.append({key, QString()});
        values.append({kRequestKey, QString::fromUtf8(r.toJson())});
        if (Status s = copy.value()->setSettings(values); !s) return fail(s.error());
    }
    // The request is recorded exactly when its file is in place: the file is put in place inside the
    // transaction that records the request, and a failure there records nothing.
    bool published = false;
    const auto publish = [&] {
        Status c = out.commit();
        published = c.ok();
        return c;
    };
    if (Status s = source.setSettings({{sentKey(r.id), QString::fromUtf8(ReportJsonWriter::write(report))},
                                       {recordKey(r.id), QString::fromUtf8(r.toJson())}},
                                      publish);
        !s) {
        if (published) QFile::remove(outPath); // in place, but its record could not be committed
        return s.error();
    }
    return r;
}

std::optional<ContributionRequest> ContributionRequest::of(const ReportDocument& contribution)
{
    const QString json = contribution.setting(kRequestKey);
    return json.isEmpty() ? std::nullopt : fromJson(json.toUtf8());
}

std::optional<ContributionRequest> ContributionRequest::recorded(const ReportDocument& source,
                                                                 const QString& requestId,
                                                                 QByteArray* sentReportJson)
{
    const QString json = source.setting(recordKey(requestId));
    if (json.isEmpty()) return std::nullopt;
    if (sentReportJson) *sentReportJson = source.setting(sentKey(requestId)).toUtf8();
    return fromJson(json.toUtf8());
}

QList<ContributionRequest> ContributionRequest::allRecorded(const ReportDocument& source)
{
    QList<ContributionRequest> out;
    for (const QString& key : source.settingKeys(QStringLiteral("requests/"))) {
        if (key.count(QLatin1Char('/')) != 1) continue; // requests/ID/sent, requests/ID/decided
        if (auto r = fromJson(source.setting(key).toUtf8())) out.append(*r);
    }
    return out;
}

void ContributionRequest::restrictEdits(ReportDocument& doc, const QString& actingEntity)
{
    const auto request = of(doc);
    if (!request) return;
    const QString entity = request->entity;
    const bool wrongEntity = !actingEntity.isEmpty() && actingEntity != entity;
    doc.setChangeGuard([entity, wrongEntity](const Report& current, const FieldChange& c) -> Status {
        if (wrongEntity)
            return Error{tr("this contribution is %1's; it cannot be edited as another entity").arg(entity),
                         c.path.toString()};
        const ContributionScope scope(current, entity);
        if (c.path == Paths::comments() && c.value.isArray()) {
            QList<Comment> after;
            const QJsonArray list = c.value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                Result<Comment> comment =
                    ReportJsonReader::readComment(list[i], QStringLiteral("comments[%1]").arg(i), current);
                if (!comment) return comment.error();
                after.append(comment.value());
            }
            QString why;
            if (!scope.allowsComments(current.comments, after, &why)) return Error{why, c.path.toString()};
            return success();
        }
        if (!scope.allows(c.path, c.value))
            return Error{
                tr("this part was not asked of %1 in this contribution; only its own parts can be changed")
                    .arg(entity),
                c.path.toString()};
        return success();
    });
}

} // namespace cpc
