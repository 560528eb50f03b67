using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    internal static class ActorTable
    {

        private const int Id = 0, Name = 1, Kind = 2, Aliases = 3, Citations = 4;

        public static readonly TableSchema Schema = new TableSchema("actors.csv", new[] { "Id", "Name", "Kind", "Aliases", "Citations" });

        public static string FileName => Schema.FileName;

        public static IEnumerable<Actor> Read(string filePath, Catalog catalog, ReadMonitor sink, IdRegister? seenIds)
        {
            using var table = CsvTable.Open(filePath, Schema, sink);
            while (table.Read())
            {
                var actor = new Actor(
                    table.GetId(Id, seenIds),
                    table.GetRequired(Name),
                    table.GetEnum<ActorKind>(Kind),
                    table.GetList(Aliases),
                    table.GetCitations(Citations, catalog, required: false));
                if (!table.ReportRowProblems(sink))
                {
                    yield return actor;
                }
            }
        }
    }
}
