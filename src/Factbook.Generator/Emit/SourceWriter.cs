using System.Text;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Writes C# line by line with indentation; always '\n' and never '\r', so output is the same on every OS
    /// and from a checkout with CRLF line endings (where the generator's own raw string blocks hold '\r').
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        /// <summary>One line, or several when <paramref name="text"/> holds line breaks, each indented.</summary>
        public SourceWriter Line(string text = "")
        {
            var start = 0;
            while (true)
            {
                var end = text.IndexOf('\n', start);
                var line = text.Substring(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
                if (line.Length > 0)
                {
                    _builder.Append(' ', _indent * 4);
                    _builder.Append(line);
                }

                _builder.Append('\n');
                if (end < 0)
                {
                    return this;
                }

                start = end + 1;
            }
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>A one-line <c>&lt;summary&gt;</c>; <paramref name="xml"/> must already be escaped.</summary>
        public SourceWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

        public override string ToString() => _builder.ToString();
    }
}
