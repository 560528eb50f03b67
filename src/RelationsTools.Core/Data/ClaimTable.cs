using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    internal static class ClaimTable
    {
        public const string FileName = "claims.csv";

        private const int Id = 0, Topic = 1, Value = 2, Unit = 3, Qualifier = 4, AsOf = 5, SourceId = 6, Citation = 7, Statement = 8;

        public static readonly IReadOnlyList<string> Columns = new[] { "Id", "Topic", "Value", "Unit", "Qualifier", "AsOf", "SourceId", "Citation", "Statement" };

        public static IEnumerable<Claim> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds)
        {
            using var table = CsvTable.Open(filePath, Columns, sink);
            while (table.Read())
            {
                string id = table.GetId(Id, seenIds);
                string topic = table.GetRequired(Topic);
                var unit = table.GetEnum<ValueUnit>(Unit);
                string valueText = table.Get(Value);
                decimal? number = null;
                FuzzyDate? date = null;
                if (unit == ValueUnit.Date)
                {
                    date = table.GetDate(Value);
                }
                else
                {
                    number = table.GetQuantity(Value, unit);
                }

                var qualifier = table.GetEnum<Qualifier>(Qualifier);
                var asOf = table.GetDate(AsOf);
                var source = table.GetSource(SourceId, catalog);
                var citations = table.GetCitations(Citation, catalog, required: true);
                if (source != null && citations.Count > 0 && (citations.Count != 1 || citations[0].SourceId != source.Id))
                {
                    table.AddProblem(DataErrorIds.InvalidCitation, Citation, table.Get(Citation),
                        $"a claim cites exactly one paragraph (or range) of its own source '{source.Id}'");
                }

                string statement = table.GetRequired(Statement);
                if (!table.ReportRowProblems(sink))
                {
                    yield return new Claim(id, topic, valueText, number, date, unit, qualifier, asOf, source!, citations[0], statement);
                }
            }
        }
    }
}
