using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Factbook.Generator.Schema
{
    /// <summary>A minimal JSON writer: netstandard2.0 has no System.Text.Json without a package.</summary>
    internal sealed class JsonText
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<bool> _first = new();
        private int Depth => _first.Count;

        public JsonText Open()
        {
            _text.Append('{');
            _first.Push(true);
            return this;
        }

        public JsonText Close()
        {
            _first.Pop();
            NewLine();
            _text.Append('}');
            return this;
        }

        public JsonText OpenArray()
        {
            _text.Append('[');
            _first.Push(true);
            return this;
        }

        public JsonText CloseArray()
        {
            _first.Pop();
            _text.Append(']');
            return this;
        }

        public JsonText Property(string name)
        {
            Separate(",");
            NewLine();
            Quote(name);
            _text.Append(": ");
            return this;
        }

        public JsonText Item()
        {
            Separate(", ");
            return this;
        }

        public JsonText String(string value)
        {
            Quote(value);
            return this;
        }

        /// <summary>An array of strings: enums, required keys, type lists.</summary>
        public JsonText Strings(IEnumerable<string> values)
        {
            OpenArray();
            foreach (var value in values)
            {
                Item().String(value);
            }

            return CloseArray();
        }

        public JsonText Number(long value)
        {
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonText Bool(bool value)
        {
            _text.Append(value ? "true" : "false");
            return this;
        }

        public override string ToString() => _text.Append('\n').ToString();

        private void Separate(string separator)
        {
            if (!_first.Pop())
            {
                _text.Append(separator);
            }

            _first.Push(false);
        }

        private void NewLine() => _text.Append('\n').Append(' ', Depth * 2);

        private void Quote(string value)
        {
            _text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        _text.Append("\\\"");
                        break;
                    case '\\':
                        _text.Append("\\\\");
                        break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(c);
                        }

                        break;
                }
            }

            _text.Append('"');
        }
    }
}
