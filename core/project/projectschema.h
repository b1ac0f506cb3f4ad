// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

namespace Segmenta {

class SqliteDatabase;

// The tables of a .segmenta file and the migrations between their versions. The version is
// SQLite's user_version; application_id marks the file as ours.
class ProjectSchema
{
public:
    static constexpr int kVersion = 3;
    static constexpr qint32 kApplicationId = 0x53474D54; // "SGMT"

    static Status create(SqliteDatabase &db);
    // Brings an older file up to the current version, in one transaction per step; refuses a
    // file from a newer Segmenta and files that are not projects.
    static Status upgrade(SqliteDatabase &db);
    // upgrade() for a file that must already be a project: an empty or 0-byte file (version 0)
    // is refused unchanged instead of being given an empty schema.
    static Status upgradeExisting(SqliteDatabase &db);
    static Result<int> version(SqliteDatabase &db);
};

} // namespace Segmenta
