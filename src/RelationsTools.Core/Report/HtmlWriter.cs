using System;
using System.Globalization;
using System.IO;
using System.Net;

namespace RelationsTools.Report
{
    /// <summary>
    /// Writes HTML and SVG to a TextWriter. Data only ever goes out through <see cref="Encode"/>, as text or as an
    /// attribute value; markup comes only from this assembly's own string literals (<see cref="Markup"/>).
    /// </summary>
    internal sealed class HtmlWriter
    {
        private readonly TextWriter writer;

        public HtmlWriter(TextWriter writer) => this.writer = writer;

        /// <summary>The one escaping helper of the report: &lt; &gt; &amp; " and ' become entities, so text stays text in element content and in quoted attributes.</summary>
        public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        /// <summary>A number for an SVG attribute, with the invariant culture and at most two decimals.</summary>
        public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        /// <summary>Writes markup written in this assembly. Never pass data here.</summary>
        public HtmlWriter Markup(string markup)
        {
            writer.Write(markup);
            return this;
        }

        public HtmlWriter Text(string? text)
        {
            writer.Write(Encode(text));
            return this;
        }

        /// <summary>An opening tag; attribute values are escaped, an attribute whose value is null is left out.</summary>
        /// <param name="attributes">Name and value pairs: name, value, name, value ... Names are this assembly's literals.</param>
        public HtmlWriter Open(string tag, params string?[] attributes)
        {
            writer.Write('<');
            writer.Write(tag);
            WriteAttributes(attributes);
            writer.Write('>');
            return this;
        }

        /// <summary>An element without content, such as an SVG shape: <c>&lt;rect x="1" /&gt;</c>.</summary>
        public HtmlWriter Empty(string tag, params string?[] attributes)
        {
            writer.Write('<');
            writer.Write(tag);
            WriteAttributes(attributes);
            writer.Write(" />");
            return this;
        }

        public HtmlWriter Close(string tag)
        {
            writer.Write("</");
            writer.Write(tag);
            writer.Write('>');
            return this;
        }

        /// <summary>An element holding escaped text.</summary>
        public HtmlWriter Element(string tag, string? text, params string?[] attributes)
            => Open(tag, attributes).Text(text).Close(tag);

        public HtmlWriter Line()
        {
            writer.Write('\n');
            return this;
        }

        private void WriteAttributes(string?[] attributes)
        {
            if (attributes.Length % 2 != 0)
            {
                throw new ArgumentException("Attributes come in name and value pairs.", nameof(attributes));
            }

            for (int i = 0; i < attributes.Length; i += 2)
            {
                if (attributes[i + 1] is null)
                {
                    continue;
                }

                writer.Write(' ');
                writer.Write(attributes[i]);
                writer.Write("=\"");
                writer.Write(Encode(attributes[i + 1]));
                writer.Write('"');
            }
        }
    }
}
