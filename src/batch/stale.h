// Stage "batch": after a build, the files an earlier build wrote (recorded in the BuildCache)
// that the data no longer asks for — a policy an organisation stopped adopting, a form template
// that was removed, an organisation whose file was deleted — are removed, so the published
// folder matches the data. Only files recorded in the cache are touched, never anything else a
// user keeps in the output folder; an organisation whose file did not load or whose build failed
// keeps everything it had.
#pragma once

#include <vector>

#include "batch/cache.h"
#include "batch/jobs.h"
#include "batch/plan.h"
#include "core/diagnostic.h"

namespace siyasa {

struct StaleRemoval {
  int removed = 0;       // files removed
  Diagnostics problems;  // warnings: files that could not be removed
};

// Removes the stale outputs of the organisations `plan` covered and updates `cache` (which the
// caller then saves). No page may be left linking to a removed file: an organisation with web
// pages from an earlier build is cleaned up only by a build that makes its pages again (the
// default, or --only web). An organisation missing from the orgs folder is cleaned up only by
// a build of every organisation (no --org), and only when its recorded file is really gone.
StaleRemoval remove_stale_outputs(const BuildPlan& plan, const std::vector<JobOutcome>& outcomes,
                                  BuildCache& cache);

}  // namespace siyasa
