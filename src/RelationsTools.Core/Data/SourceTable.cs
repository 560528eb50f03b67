using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>Reads sources.csv.</summary>
    internal static class SourceTable
    {
        public const string FileName = "sources.csv";

        private const int Id = 0, Title = 1, Publisher = 2, Authors = 3, Published = 4, Kind = 5, Language = 6, Note = 7;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Title", "Publisher", "Authors", "Published", "Kind", "Language", "Note" };

        public static IEnumerable<RelationsSource> Read(string filePath, ReadMonitor sink, IdRegister? seenIds)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (table.Read())
            {
                var source = new RelationsSource(
                    table.GetId(Id, seenIds),
                    table.GetRequired(Title),
                    table.Get(Publisher),
                    table.Get(Authors),
                    table.GetDate(Published),
                    table.GetEnum<SourceKind>(Kind),
                    table.Get(Language),
                    table.Get(Note));
                if (!table.ReportRowProblems(sink))
                {
                    yield return source;
                }
            }
        }
    }
}
