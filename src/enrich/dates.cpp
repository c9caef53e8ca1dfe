#include "enrich/dates.h"

#include <charconv>
#include <cstdio>

namespace dyad::enrich {

namespace {

// A whole number from a token of ASCII digits only (no sign, no separators), or -1.
long digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  long v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() ? v : -1;
}

// Strips a trailing period ("13." in "13. september", "sept.").
std::string_view no_dot(std::string_view s) {
  return s.size() > 1 && s.back() == '.' ? s.substr(0, s.size() - 1) : s;
}

Day make(int y, int m, int d, const char* prec) {
  Day x;
  x.y = y;
  x.m = m;
  x.d = d;
  x.precision = prec;
  return x;
}

// Adds n months to a year-month.
void add_months(int& y, int& m, long n) {
  long total = static_cast<long>(y) * 12 + (m - 1) + n;
  y = static_cast<int>(total / 12);
  m = static_cast<int>(total % 12) + 1;
}

bool sane_year(long y) {
  return y >= 1800 && y <= 2200;
}

}  // namespace

int days_in_month(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k[m - 1];
}

long to_days(int y, int m, int d) {
  // Howard Hinnant's days_from_civil.
  long yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Day from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return make(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), "day");
}

namespace {
// 1 = Monday .. 7 = Sunday.
int weekday(long days) {
  long w = (days + 3) % 7;  // 1970-01-01 was a Thursday (index 3 from Monday)
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}
}  // namespace

std::string Day::str() const {
  char buf[32];
  if (precision == "year")
    std::snprintf(buf, sizeof buf, "%04d", y);
  else if (precision == "month")
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else if (precision == "day" || precision == "week")
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else
    return "";
  return buf;
}

Day Day::first_day() const {
  if (precision == "year") return make(y, 1, 1, "day");
  if (precision == "month") return make(y, m, 1, "day");
  return make(y, m, d, "day");
}

Day Day::last_day() const {
  if (precision == "year") return make(y, 12, 31, "day");
  if (precision == "month") return make(y, m, days_in_month(y, m), "day");
  if (precision == "week") return from_days(to_days(y, m, d) + 6);
  return make(y, m, d, "day");
}

Day parse_date(std::string_view s) {
  Day out;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return out;
  long y = digits(s.substr(0, 4));
  if (!sane_year(y)) return out;
  if (s.size() == 4) return make(static_cast<int>(y), 0, 0, "year");
  if (s[4] != '-') return out;
  long m = digits(s.substr(5, 2));
  if (m < 1 || m > 12) return out;
  if (s.size() == 7) return make(static_cast<int>(y), static_cast<int>(m), 0, "month");
  if (s[7] != '-') return out;
  long d = digits(s.substr(8, 2));
  if (d < 1 || d > days_in_month(static_cast<int>(y), static_cast<int>(m))) return out;
  return make(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d), "day");
}

// A month name (or a day/month/year combination) starting at token i.
bool DateFinder::absolute_at(const SentenceView& s, size_t i, const Day& ref, bool future,
                             DateMention& out) const {
  const auto& L = s.lower;
  size_t n = L.size();
  auto month_at = [&](size_t k) -> int {
    if (k >= n) return 0;
    const Phrase* p = t_.find(L[k], "month");
    if (!p) p = t_.find(std::string(no_dot(L[k])), "month");
    return p ? p->number : 0;
  };
  auto day_at = [&](size_t k) -> long {
    if (k >= n) return -1;
    long d = digits(no_dot(L[k]));
    return d >= 1 && d <= 31 ? d : -1;
  };
  auto year_at = [&](size_t k) -> long {
    if (k >= n) return -1;
    long y = digits(L[k]);
    return sane_year(y) && L[k].size() == 4 ? y : -1;
  };
  size_t b = i, e = i;
  long day = -1, year = -1;
  int month = 0;
  if (long d = day_at(i); d > 0 && month_at(i + 1)) {  // 13 september [2022]
    day = d;
    month = month_at(i + 1);
    e = i + 2;
  } else if ((month = month_at(i))) {  // september [13[,]] [2022]
    e = i + 1;
    if (long d = day_at(i + 1); d > 0 && !(i + 1 < n && year_at(i + 1) > 0)) {
      day = d;
      e = i + 2;
    }
  } else {
    return false;
  }
  size_t ye = e;
  if (ye < n && L[ye] == ",") ++ye;
  if (long y = year_at(ye); y > 0) {
    year = y;
    e = ye + 1;
  }
  // A month name alone: English capitalised names ("May", "March") only after a word that
  // marks a date, never as the first word of a sentence.
  if (day < 0 && year < 0) {
    bool marked = b > 0 && (t_.find(L[b - 1], "part") || t_.find(L[b - 1], "year_prep") ||
                            t_.find(L[b - 1], "since"));
    const std::string& form = s.tok(s.first + static_cast<uint32_t>(b)).form;
    bool lower_form = !form.empty() && !(form[0] >= 'A' && form[0] <= 'Z');
    if (!marked && !(lower_form && b > 0)) return false;
  }
  int y = static_cast<int>(year);
  out.first = s.first + static_cast<uint32_t>(b);
  out.last = s.first + static_cast<uint32_t>(e);
  if (year < 0) {
    if (!ref.known()) {
      out.date = Day{};  // a date, but not one we can place in time
      return true;
    }
    y = ref.y;
    if (ref.m > 0) {
      if (!future && month > ref.m) --y;
      if (future && month < ref.m) ++y;
    }
  }
  if (day > 0 && day <= days_in_month(y, month))
    out.date = make(y, month, static_cast<int>(day), "day");
  else
    out.date = make(y, month, 0, "month");  // "31 februari": keep the month
  out.first = s.first + static_cast<uint32_t>(b);
  out.last = s.first + static_cast<uint32_t>(e);
  return true;
}

bool DateFinder::try_at(const SentenceView& s, size_t i, const Day& ref, bool future,
                        DateMention& out) const {
  const auto& L = s.lower;
  size_t n = L.size();
  uint32_t base = s.first;
  // since / window / part prefixes
  if (const Phrase* p = t_.match(L, i, n, "since")) {
    DateMention inner;
    if (try_at(s, i + p->tokens, ref, false, inner) && inner.end.empty()) {
      out = inner;
      out.first = base + static_cast<uint32_t>(i);
      if (ref.known()) out.end = ref.last_day().str();
      out.future = false;
      return true;
    }
  }
  if (const Phrase* p = t_.match(L, i, n, "window")) {
    // binnen [nog] (een|a|N) unit
    size_t k = i + p->tokens;
    long count = -1;
    if (k < n) {
      if (L[k] == "een" || L[k] == "a" || L[k] == "an" || L[k] == "één")
        count = 1;
      else if (long d = digits(L[k]); d > 0 && d < 1000)
        count = d;
      else if (const Phrase* w = n_.find(L[k], "cardinal"))
        count = w->number;
    }
    const Phrase* unit = count > 0 && k + 1 < n ? t_.find(L[k + 1], "unit") : nullptr;
    if (unit && ref.known()) {
      Day last = ref.last_day();
      long days = to_days(last.y, last.m, last.d);
      Day end;
      if (unit->number >= 365 || unit->number == 30) {
        int y = last.y, m = last.m;
        add_months(y, m, unit->number >= 365 ? 12 * count : count);
        end = make(y, m, days_in_month(y, m), "day");
      } else {
        end = from_days(days + static_cast<long>(unit->number) * count);
      }
      out.first = base + static_cast<uint32_t>(i);
      out.last = base + static_cast<uint32_t>(k + 2);
      out.date = ref;
      out.end = end.str();
      out.future = true;
      return true;
    }
  }
  if (const Phrase* p = t_.match(L, i, n, "part")) {
    DateMention inner;
    size_t k = i + p->tokens;
    if (k < n && L[k] == "-") ++k;  // "mid - October"
    if (k < n && absolute_at(s, k, ref, future, inner)) {
      out = inner;
      out.first = base + static_cast<uint32_t>(i);
      if (out.date.precision == "day") out.date = make(out.date.y, out.date.m, 0, "month");
      return true;
    }
  }
  // N unit ago
  {
    long count = -1;
    if (long d = digits(L[i]); d > 0 && d < 10000)
      count = d;
    else if (const Phrase* w = n_.find(L[i], "cardinal"))
      count = w->number;
    else if (L[i] == "een" || L[i] == "a" || L[i] == "an")
      count = 1;
    if (count > 0) {
      const Phrase* unit = i + 1 < n ? t_.find(L[i + 1], "unit") : nullptr;
      const Phrase* ago = i + 2 < n ? t_.find(L[i + 2], "ago") : nullptr;
      if (unit && ago && ref.known()) {
        Day d;
        if (unit->number == 1 && ref.precision == "day") {
          d = from_days(to_days(ref.y, ref.m, ref.d) - count);
        } else if (unit->number == 7 && ref.precision == "day") {
          Day x = from_days(to_days(ref.y, ref.m, ref.d) - 7 * count);
          long dd = to_days(x.y, x.m, x.d);
          d = from_days(dd - (weekday(dd) - 1));
          d.precision = "week";
        } else if (unit->number == 30 && ref.m > 0) {
          int y = ref.y, m = ref.m;
          add_months(y, m, -count);
          d = make(y, m, 0, "month");
        } else if (unit->number >= 365) {
          d = make(ref.y - static_cast<int>(std::min(count, 1000L)), 0, 0, "year");
        } else {
          d = ref;
        }
        out.first = base + static_cast<uint32_t>(i);
        out.last = base + static_cast<uint32_t>(i + 3);
        out.date = d;
        return true;
      }
    }
  }
  if (absolute_at(s, i, ref, future, out)) return true;
  // Weekdays, alone or glued to a daypart ("zondagavond").
  {
    const Phrase* wd = t_.find(L[i], "weekday");
    if (!wd) {
      // strip a daypart suffix
      for (size_t cut = 3; !wd && cut < L[i].size(); ++cut)
        if (t_.find(std::string_view(L[i]).substr(cut), "daypart"))
          wd = t_.find(std::string_view(L[i]).substr(0, cut), "weekday");
    }
    if (wd) {
      out.first = base + static_cast<uint32_t>(i);
      out.last = out.first + 1;
      if (ref.precision == "day") {
        long r = to_days(ref.y, ref.m, ref.d);
        int w = weekday(r);
        long delta = future ? (wd->number - w + 7) % 7 : -((w - wd->number + 7) % 7);
        if (delta == 0) delta = future ? 7 : -7;  // strictly before (after) the article's day
        out.date = from_days(r + delta);
        out.future = future;
      } else {
        out.date = ref;  // a weekday in an article dated by month: the month
      }
      return ref.known();
    }
  }
  // Relative phrases: day, week, month, year offsets.
  for (const char* kind : {"day", "week", "month", "year"}) {
    const Phrase* p = t_.match(L, i, n, kind);
    if (!p || !ref.known()) continue;
    std::string_view k = kind;
    long off = p->number;
    Day d;
    if (k == "day") {
      d = ref.precision == "day" ? from_days(to_days(ref.y, ref.m, ref.d) + off) : ref;
    } else if (k == "week") {
      if (ref.precision == "day") {
        long r = to_days(ref.y, ref.m, ref.d) + 7 * off;
        d = from_days(r - (weekday(r) - 1));
        d.precision = "week";
      } else {
        d = ref;
      }
    } else if (k == "month") {
      if (ref.m > 0) {
        int y = ref.y, m = ref.m;
        add_months(y, m, off);
        d = make(y, m, 0, "month");
      } else {
        d = ref;
      }
    } else {
      d = make(ref.y + static_cast<int>(off), 0, 0, "year");
    }
    out.first = base + static_cast<uint32_t>(i);
    out.last = out.first + static_cast<uint32_t>(p->tokens);
    out.date = d;
    out.future = off > 0;
    return true;
  }
  // A bare year after a preposition: "in 1988".
  if (i > 0 && t_.find(L[i - 1], "year_prep") && L[i].size() == 4) {
    long y = digits(L[i]);
    if (sane_year(y)) {
      out.first = base + static_cast<uint32_t>(i);
      out.last = out.first + 1;
      out.date = make(static_cast<int>(y), 0, 0, "year");
      return true;
    }
  }
  return false;
}

std::vector<DateMention> DateFinder::find(const SentenceView& s, const Day& ref,
                                          bool future_context) const {
  std::vector<DateMention> out;
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    DateMention m;
    if (try_at(s, i, ref, future_context, m) && m.last > s.first + i) {
      if (ref.known() && m.date.known() && m.date.first_day().str() > ref.last_day().str())
        m.future = true;
      out.push_back(m);
      i = m.last - s.first;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace dyad::enrich
