// Exports of the store, all streaming (rows are written as SQLite returns them):
//   gdelt    GDELT 2.0 event table (61 tab-separated columns, no header unless asked), one row
//            per cluster (GlobalEventID = cluster id, NumMentions/NumArticles from the cluster)
//            or per mention; columns dyad has no value for are empty (see gdelt_columns()).
//   plover   PLOVER JSON records (the field names of the PLOVER gold standard records), one per
//            mention or per cluster (with its mentions and articles)
//   csv      every stored field of every event (mentions) or cluster, with a header
//   graphml  the actor network: one node per actor code, one edge per directed dyad with its
//            event count (weight), Goldstein sum and mean
#pragma once

#include <string>
#include <vector>

#include "store/query.h"

namespace dyad::store {

struct GdeltColumn {
  std::string name;
  const char* type;  // INTEGER, FLOAT or STRING (the GDELT codebook's types)
  const char* note;  // how dyad fills it; "" when it is filled as GDELT does
};
// The 61 columns of the GDELT 2.0 event table, in order.
const std::vector<GdeltColumn>& gdelt_columns();

struct ExportOptions {
  std::string format = "gdelt";  // gdelt | plover | csv | graphml
  Unit unit = Unit::clusters;    // rows per cluster (default) or per mention (graphml: edges
                                 // count clusters or mentions)
  bool header = false;           // gdelt: write the column names first
};

Status export_store(Store& store, const Filter& f, const ExportOptions& opts, const Sink& out);

}  // namespace dyad::store
