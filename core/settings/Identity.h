#pragma once

#include "settings/Setting.h"

#include <QString>

namespace cpc {

// Who is working: a person's name and their entity (an entity id such as MOI, or free text). The window,
// the command line and the lock file all name the user through this one reading of the settings, so the
// history, the contributions and "who has this report open" say the same thing.
struct Identity {
    QString name;
    QString entity;

    static const Setting<QString>& nameSetting();   // user/name
    static const Setting<QString>& entitySetting(); // user/entity

    // The identity in the user's settings (trimmed; empty parts when not set).
    static Identity current();
    // Stores both parts (trimmed); an empty part is removed, so that it reads as not set.
    void save() const;

    bool isEmpty() const { return name.isEmpty() && entity.isEmpty(); }
    // What history records as the author: "Ana Pérez (MOI)". Without a name, the system account stands in
    // for the person ("ana (MOI)"), so that no edit is anonymous while an account is known; empty only
    // when there is neither a name, nor an entity, nor an account.
    QString author() const;
    // The operating system's account name (USER, else LOGNAME); empty if unknown.
    static QString account();

    friend bool operator==(const Identity&, const Identity&) = default;
};

} // namespace cpc
