using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>Reads sources.csv.</summary>
    internal static class SourceTable
    {
        private const int Id = 0, Title = 1, Publisher = 2, Authors = 3, Published = 4, Kind = 5, Language = 6, Via = 7, RepostOf = 8, Paragraphs = 9, Url = 10, Note = 11;

        public static readonly TableSchema Schema = new TableSchema(
            "sources.csv",
            new[] { "Id", "Title", "Publisher", "Authors", "Published", "Kind", "Language", "Via", "RepostOf", "Paragraphs", "Url", "Note" },
            "Via", "RepostOf", "Paragraphs", "Url");

        public static string FileName => Schema.FileName;

        /// <summary>
        /// Reads the whole file: a RepostOf may name a source further down, so reposts are checked once every
        /// row is known. <paramref name="knownIds"/> are the other sources a repost may copy (the bundled ones).
        /// </summary>
        /// <param name="redefinable">Sources a row may redefine (the bundled ones, for a user's folder): a row that changes one's Kind is worth a warning.</param>
        public static List<RelationsSource> Read(string filePath, ReadMonitor sink, IdRegister? seenIds, IReadOnlyCollection<string>? knownIds = null, IReadOnlyList<RelationsSource>? redefinable = null)
        {
            var kindOf = (redefinable ?? new RelationsSource[0]).ToDictionary(s => s.Id, s => s.Kind, RelationsId.Comparer);
            var sources = new List<RelationsSource>();
            var reposts = new List<(RelationsSource Source, long Line)>();
            using (var table = CsvTable.Open(filePath, Schema, sink))
            {
                while (table.Read())
                {
                    var source = new RelationsSource(
                        table.GetId(Id, seenIds),
                        table.GetRequired(Title),
                        table.Get(Publisher),
                        table.GetList(Authors),
                        table.GetDate(Published),
                        table.GetEnum<SourceKind>(Kind),
                        table.GetList(Language),
                        table.Get(Note),
                        table.Get(Via),
                        table.Get(RepostOf).Trim(),
                        table.GetOptionalCount(Paragraphs),
                        table.GetOptionalUrl(Url));
                    if (!table.ReportRowProblems(sink))
                    {
                        if (kindOf.TryGetValue(source.Id, out var bundledKind) && bundledKind != source.Kind)
                        {
                            // Allowed, and it changes how every claim of the document is weighed: say so, once, where it is.
                            sink.OnWarning(new DataFileException(DataErrorIds.SourceKindRedefined, filePath, table.Line, "Kind", source.Kind.ToString(),
                                $"this row redefines the bundled source '{source.Id}' with Kind {source.Kind} instead of {bundledKind}; every row citing it is weighed as {source.Kind}"));
                        }

                        sources.Add(source);
                        if (source.RepostOf.Length > 0)
                        {
                            reposts.Add((source, table.Line));
                        }
                    }
                }
            }

            var refused = CheckReposts(filePath, sources, reposts, knownIds ?? Array.Empty<string>(), sink);
            return refused.Count == 0 ? sources : sources.Where(s => !refused.Contains(s)).ToList();
        }

        // A repost names a source that exists, and following RepostOf never comes back to where it started.
        private static HashSet<RelationsSource> CheckReposts(string filePath, List<RelationsSource> sources, List<(RelationsSource Source, long Line)> reposts, IReadOnlyCollection<string> knownIds, ReadMonitor sink)
        {
            var refused = new HashSet<RelationsSource>();
            var byId = new Dictionary<string, RelationsSource>(RelationsId.Comparer);
            foreach (var source in sources)
            {
                byId[source.Id] = source;
            }

            var known = new HashSet<string>(knownIds, RelationsId.Comparer);
            foreach (var (source, line) in reposts)
            {
                string? reason = null;
                if (!byId.ContainsKey(source.RepostOf) && !known.Contains(source.RepostOf))
                {
                    reason = $"no source has the Id '{source.RepostOf}'";
                }
                else if (RelationsId.AreEqual(source.RepostOf, source.Id) || ComesBack(source, byId))
                {
                    reason = $"following RepostOf from '{source.Id}' comes back to it; a copy cannot be the original of its original";
                }

                if (reason != null)
                {
                    refused.Add(source);
                    sink.OnBadRow(new DataFileException(DataErrorIds.InvalidRepost, filePath, line, "RepostOf", source.RepostOf, reason));
                }
            }

            return refused;
        }

        private static bool ComesBack(RelationsSource start, Dictionary<string, RelationsSource> byId)
        {
            var visited = new HashSet<string>(RelationsId.Comparer) { start.Id };
            string next = start.RepostOf;
            while (next.Length > 0 && byId.TryGetValue(next, out var source))
            {
                if (!visited.Add(source.Id))
                {
                    return true;
                }

                next = source.RepostOf;
            }

            return false;
        }
    }
}
