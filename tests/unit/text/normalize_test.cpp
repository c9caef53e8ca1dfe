#include "text/normalize.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Normalize, AsciiAndNfcUnchanged) {
  EXPECT_EQ(nfc(""), "");
  EXPECT_EQ(nfc("plain ASCII text."), "plain ASCII text.");
  EXPECT_EQ(nfc("Oekraïne, Saoedi’s, „quotes”, 北京"), "Oekraïne, Saoedi’s, „quotes”, 北京");
  EXPECT_TRUE(is_nfc_quick("Oekraïne"));
}

TEST(Normalize, Composes) {
  EXPECT_FALSE(is_nfc_quick("Oekrai\u0308ne"));
  EXPECT_EQ(nfc("Oekrai\u0308ne"), "Oekraïne");
  EXPECT_EQ(nfc("cafe\u0301"), "café");
  EXPECT_EQ(nfc("\u212B"), "\u00C5");  // Angstrom sign -> A with ring
}

TEST(Normalize, InvalidUtf8LeftAlone) {
  std::string bad =
      "a\xFF"
      "b";
  EXPECT_EQ(nfc(bad), bad);
}

}  // namespace
}  // namespace dyad
