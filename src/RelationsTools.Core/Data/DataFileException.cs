using System;
using System.Globalization;

namespace RelationsTools.Data
{
    /// <summary>
    /// A problem in a data file, located to the file, line and field so a person can open the file and fix it.
    /// </summary>
    public sealed class DataFileException : Exception
    {
        public DataFileException(string errorId, string filePath, long line, string? field, string? value, string reason, Exception? inner = null)
            : base(Describe(filePath, line, field, reason), inner)
        {
            ErrorId = errorId;
            FilePath = filePath;
            Line = line;
            Field = field;
            Value = value;
            Reason = reason;
        }

        /// <summary>A stable identifier of the kind of problem, one of <see cref="DataErrorIds"/>.</summary>
        public string ErrorId { get; }

        public string FilePath { get; }

        /// <summary>The 1-based line where the offending record starts; 0 when the problem is the whole file.</summary>
        public long Line { get; }

        /// <summary>The column at fault, or null when the problem is not one field's.</summary>
        public string? Field { get; }

        public string? Value { get; }

        /// <summary>Why the value is wrong, without the location.</summary>
        public string Reason { get; }

        private static string Describe(string filePath, long line, string? field, string reason)
        {
            string location = line > 0 ? filePath + ":" + line.ToString(CultureInfo.InvariantCulture) : filePath;
            return field is null ? $"{location}: {reason}" : $"{location}: field '{field}': {reason}";
        }
    }
}
