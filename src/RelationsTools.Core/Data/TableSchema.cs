using System;
using System.Collections.Generic;
using System.Linq;

namespace RelationsTools.Data
{
    /// <summary>
    /// One data file's name and columns. Columns added after data version 1.0 are optional, so that a folder
    /// written for 1.0 still reads: an absent optional column reads as empty in every row.
    /// </summary>
    internal sealed class TableSchema
    {
        private readonly HashSet<string> optional;

        public TableSchema(string fileName, IReadOnlyList<string> columns, params string[] optionalColumns)
        {
            FileName = fileName;
            Columns = columns;
            optional = new HashSet<string>(optionalColumns, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Every table of a data folder, in the order a folder is read: sources and actors first, as the others refer to them.</summary>
        public static IReadOnlyList<TableSchema> All => new[] { SourceTable.Schema, ActorTable.Schema, EventTable.Schema, TradeFigureTable.Schema, ClaimTable.Schema };

        /// <summary>The names of the data files a folder may hold, in <see cref="All"/>'s order.</summary>
        public static IEnumerable<string> FileNames => All.Select(table => table.FileName);

        public string FileName { get; }

        /// <summary>Every column, in the order the bundled file has them and a new file is written with.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The header line of a new file of this table.</summary>
        public string Header => string.Join(",", Columns);

        public bool IsOptional(string column) => optional.Contains(column);

        /// <summary>The required columns, then any optional ones: <c>Id,Title (optional: Url)</c>.</summary>
        public string Describe()
        {
            string required = string.Join(",", Columns.Where(c => !optional.Contains(c)));
            return optional.Count == 0 ? required : required + " (optional: " + string.Join(",", Columns.Where(optional.Contains)) + ")";
        }
    }
}
