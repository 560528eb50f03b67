using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RelationsTools.Data;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// A streaming keyword query searches the raw bytes of Title and Summary before it parses a row. It may only
    /// drop rows that the keyword test on the parsed event would drop, and it must not hide a bad row's problems.
    /// </summary>
    public class KeywordPrefilterTests
    {
        private const string EventHeader = "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n";
        private const string Citation = "cicp-2020-07-13-new-heights ¶3";
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        // Titles and summaries as a user's file may hold them: ASCII, precomposed and decomposed Vietnamese, text
        // that normalising cannot shorten (dashes, Khmer), quoted fields with commas and doubled quotes, the Kelvin
        // sign, a title longer than the prefilter keeps on the stack, and two rows that are not clean text.
        private static readonly string[] Texts =
        {
            "Cashew exports rise", "cashew", "Rice talks", "Tô Lâm visits", "To\u0302 La\u0302m visits", "Đồng Nai – port",
            "ស្រុក cashew", "\"Canal, \"\"cashew\"\" and rice\"", "\u212Aampot pepper", "KAMPOT", "a*b", "axb",
            new string('x', 600) + " cashew", "\"line\nbreak cashew\"", "", "Viet Nam and rice", "Talks in Hanoi", "Việt Nam talks",
        };

        private static readonly string[][] KeywordSets =
        {
            new[] { "cashew" }, new[] { "to lam" }, new[] { "Tô Lâm" }, new[] { "dong" }, new[] { "kampot" },
            new[] { "\"cashew\"" }, new[] { "a`*b" }, new[] { "c?shew" }, new[] { "[ck]ampot" }, new[] { "ស្រុក" },
            new[] { "zzyzx" }, new[] { "rice", "pepper", "port" }, new[] { " " }, new[] { "rice cashew" }, new[] { "talks rice" },
            new[] { "\"rice talks\"" }, new[] { "\"talks rice\"" }, new[] { "Viet Nam" }, new[] { "Hà Nội" }, new[] { "talks Vietnam" },
        };

        [Fact]
        public void A_streamed_keyword_query_returns_what_testing_the_parsed_events_returns()
        {
            using var folder = new TempDataFolder();
            var rows = new StringBuilder(EventHeader);
            int n = 0;
            foreach (string title in Texts)
            {
                foreach (string summary in new[] { "S", Texts[(n + 5) % Texts.Length] })
                {
                    rows.Append($"ev-{n++},2024,{(title.Length == 0 ? "T" : title)},{summary},Trade,,,{Citation},\n");
                }
            }

            folder.Write("events.csv", rows.ToString());
            var all = DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict).ReadEvents(ReadMonitor.Strict).ToList();
            Assert.Equal(2 * Texts.Length, all.Count);

            foreach (var keywords in KeywordSets)
            {
                var query = new EventQuery(keywords: keywords);
                var kept = new HashSet<string>(query.Filter(all, Bundled.Actors).Select(e => e.Id));
                var expected = all.Where(e => kept.Contains(e.Id)).Select(e => e.Id);

                var streamed = query.Run(DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict), ReadMonitor.Strict, fileOrder: true).Select(e => e.Id);

                Assert.Equal(expected, streamed);
            }
        }

        [Fact]
        public void A_row_whose_text_is_not_clean_is_read_in_full_so_its_problem_is_reported()
        {
            using var folder = new TempDataFolder();
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(EventHeader));
            bytes.AddRange(Encoding.UTF8.GetBytes($"ev-1,2024,Rice\0talks,S,Trade,,,{Citation},\n"));
            bytes.AddRange(Encoding.UTF8.GetBytes("ev-2,2024,Rice "));
            bytes.AddRange(new byte[] { 0xC3, 0x28 }); // not UTF-8
            bytes.AddRange(Encoding.UTF8.GetBytes($" talks,S,Trade,,,{Citation},\n"));
            bytes.AddRange(Encoding.UTF8.GetBytes($"ev-3,2024,Rice talks,S,Trade,,,{Citation},\n"));
            File.WriteAllBytes(Path.Combine(folder.Path, "events.csv"), bytes.ToArray());
            var errors = new List<DataFileException>();
            var sink = new ReadMonitor(errors.Add, _ => { });
            var query = new EventQuery(keywords: new[] { "cashew" });

            var streamed = query.Run(DataFolder.Open(folder.Path, Bundled, sink), sink, fileOrder: true).ToList();

            Assert.Empty(streamed);
            Assert.Equal(new[] { 2L, 3L }, errors.Select(e => e.Line));
            Assert.All(errors, e => Assert.Equal(DataErrorIds.InvalidText, e.ErrorId));
        }
    }
}
