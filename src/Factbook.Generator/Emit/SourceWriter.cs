using System.Text;

namespace Factbook.Generator.Emit
{
    /// <summary>Writes C# line by line with indentation; always '\n', so output is the same on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
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
