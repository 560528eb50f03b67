using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    internal static class ClaimTable
    {

        private const int Id = 0, Topic = 1, Value = 2, Unit = 3, Qualifier = 4, AsOf = 5, SourceId = 6, Citation = 7, Derivation = 8, Statement = 9;

        public static readonly TableSchema Schema = new TableSchema(
            "claims.csv",
            new[] { "Id", "Topic", "Value", "Unit", "Qualifier", "AsOf", "SourceId", "Citation", "Derivation", "Statement" },
            "Derivation");

        public static string FileName => Schema.FileName;

        public static IEnumerable<Claim> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds, ISet<string>? everyId = null)
        {
            using var table = CsvTable.Open(filePath, Schema, sink);

            // A read that checks ids (Test-RelationsData's) also checks that each topic is written one way.
            var topicSpellings = seenIds is null ? null : new TopicSpellings();
            while (table.Read())
            {
                if (everyId != null)
                {
                    everyId.Add(table.Get(Id));
                }

                string id = table.GetId(Id, seenIds);
                string topic = table.GetTopic(Topic, topicSpellings);
                var unit = table.GetEnum<ValueUnit>(Unit);
                string valueText = table.Get(Value);
                decimal? number = null;
                FuzzyDate? date = null;
                if (unit == ValueUnit.Date)
                {
                    date = table.GetDate(Value);
                }
                else if (unit == ValueUnit.Status || unit == ValueUnit.Quote)
                {
                    valueText = table.GetRequired(Value).Trim();
                }
                else
                {
                    number = table.GetQuantity(Value, unit);
                }

                var qualifier = table.GetEnum<Qualifier>(Qualifier);
                if ((unit == ValueUnit.Status || unit == ValueUnit.Quote || unit == ValueUnit.Date) && qualifier != Model.Qualifier.Exact)
                {
                    // The uncertainty of a date lives in the date itself (intervals, '..', '~'); a status or a quotation has none to bound.
                    table.AddProblem(DataErrorIds.UnknownValue, Qualifier, qualifier.ToString(), $"a {unit} claim is always Exact");
                }

                var asOf = table.GetDate(AsOf);
                var source = table.GetSource(SourceId, catalog);
                var citations = table.GetCitations(Citation, catalog, required: true);
                if (source != null && citations.Count > 0 && (citations.Count != 1 || !RelationsId.AreEqual(citations[0].SourceId, source.Id)))
                {
                    table.AddProblem(DataErrorIds.InvalidCitation, Citation, table.Get(Citation),
                        $"a claim cites exactly one paragraph (or range) of its own source '{source.Id}'");
                }

                string statement = table.GetRequired(Statement);
                string derivation = table.Get(Derivation);
                if (!table.ReportRowProblems(sink))
                {
                    yield return new Claim(id, topic, valueText, number, date, unit, qualifier, asOf, source!, citations[0], statement, derivation);
                }
            }
        }
    }
}
