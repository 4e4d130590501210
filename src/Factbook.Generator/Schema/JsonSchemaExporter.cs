using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Factbook.Generator.Content;

namespace Factbook.Generator.Schema
{
    /// <summary>
    /// JSON Schemas (draft 2020-12) for content files, so YAML editors complete and check content as it is
    /// typed: one per collection and one for files that hold several. Reference fields list the ids that
    /// exist. Types follow how YAML editors read plain scalars (YAML 1.2 core schema: <c>1946</c> is a
    /// number, <c>2023-05</c> text).
    /// </summary>
    internal static class JsonSchemaExporter
    {
        public const string CombinedFileName = "content.schema.json";

        private const string IdPattern = "^[a-z][a-z0-9]*([-_][a-z0-9]+)*$";

        public static IReadOnlyList<(string FileName, string Json)> Export(SchemaSpec schema, ContentModel content)
        {
            var ids = content.Collections.ToDictionary(c => c.Type.Name, c => c.Entries.Select(e => e.Id).ToList());
            var files = schema.Types
                .Select(type => (type.CollectionName + ".schema.json", Document(schema, new[] { type }, ids, "Content of the '" + type.CollectionName + "' collection")))
                .ToList();
            files.Add((CombinedFileName, Document(schema, schema.Types.ToList(), ids, "Factbook content")));
            return files;
        }

        private static string Document(SchemaSpec schema, IReadOnlyList<TypeSpec> collections, Dictionary<string, List<string>> ids, string title)
        {
            var json = new JsonText();
            json.Open()
                .Property("$schema").String("https://json-schema.org/draft/2020-12/schema")
                .Property("title").String(title)
                .Property("type").String("object")
                .Property("properties").Open();
            foreach (var type in collections)
            {
                var reference = "#/$defs/" + type.Name;
                json.Property(type.CollectionName).Open()
                    .Property("description").String(type.Description.Length > 0 ? type.Description : "Entries of type " + type.Name)
                    .Property("oneOf").OpenArray()
                    .Item().Open().Property("$ref").String(reference).Close()
                    .Item().Open().Property("type").String("array").Property("items").Open().Property("$ref").String(reference).Close().Close()
                    .Item().Open().Property("type").String("null").Close()
                    .CloseArray()
                    .Close();
            }

            json.Close().Property("additionalProperties").Bool(false).Property("$defs").Open();
            foreach (var type in schema.Types)
            {
                WriteObject(json, type.Name, type.Description, type.Fields, ids, isEntry: true);
            }

            return json.Close().Close().ToString();
        }

        private static void WriteObject(JsonText json, string name, string description, Model.EquatableArray<FieldSpec> fields, Dictionary<string, List<string>> ids, bool isEntry)
        {
            json.Property(name).Open().Property("type").String("object");
            if (description.Length > 0)
            {
                json.Property("description").String(description);
            }

            json.Property("properties").Open();
            if (isEntry)
            {
                json.Property("id").Open().Property("type").String("string").Property("pattern").String(IdPattern)
                    .Property("description").String("The entry's id, unique in its collection: a lowercase slug.").Close();
                json.Property("retired").Open()
                    .Property("description").String("Marks the entry retired: true, the reason, or the reason and the id of the entry that supersedes it.")
                    .Property("anyOf").OpenArray()
                    .Item().Open().Property("type").OpenArray().Item().String("boolean").Item().String("string").CloseArray().Close()
                    .Item().Open().Property("type").String("object")
                    .Property("properties").Open()
                    .Property("reason").Open().Property("type").String("string").Close()
                    .Property("superseded_by").Open().Property("enum").OpenArray();
                foreach (var id in ids.TryGetValue(name, out var own) ? own : new List<string>())
                {
                    json.Item().String(id);
                }

                json.CloseArray().Close().Close().Property("additionalProperties").Bool(false).Close().CloseArray().Close();
            }

            foreach (var field in fields)
            {
                json.Property(field.Name).Open();
                if (field.Description.Length > 0)
                {
                    json.Property("description").String(field.Description);
                }

                if (field.IsNullable || (!field.IsRequired && field.IsList))
                {
                    json.Property("anyOf").OpenArray().Item().Open();
                    WriteValue(json, field, ids);
                    json.Close().Item().Open().Property("type").String("null").Close().CloseArray();
                }
                else
                {
                    WriteValue(json, field, ids);
                }

                json.Close();
            }

            json.Close().Property("required").OpenArray();
            if (isEntry)
            {
                json.Item().String("id");
            }

            foreach (var field in fields.Where(field => field.IsRequired))
            {
                json.Item().String(field.Name);
            }

            json.CloseArray().Property("additionalProperties").Bool(false).Close();
            foreach (var field in fields.Where(field => field.Kind == FieldKind.Object))
            {
                WriteObject(json, field.TypeName, field.Description, field.Fields, ids, isEntry: false);
            }
        }

        private static void WriteValue(JsonText json, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            if (field.IsList)
            {
                json.Property("type").String("array").Property("items").Open();
                WriteSingle(json, field, ids);
                json.Close();
                return;
            }

            WriteSingle(json, field, ids);
        }

        private static void WriteSingle(JsonText json, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            switch (field.Kind)
            {
                case FieldKind.String:
                    json.Property("type").OpenArray().Item().String("string").Item().String("number").Item().String("boolean").CloseArray();
                    break;
                case FieldKind.Int:
                    json.Property("type").String("integer").Property("minimum").Number(int.MinValue).Property("maximum").Number(int.MaxValue);
                    break;
                case FieldKind.Decimal:
                    json.Property("type").String("number");
                    break;
                case FieldKind.Bool:
                    json.Property("type").String("boolean");
                    break;
                case FieldKind.Date:
                    json.Property("anyOf").OpenArray()
                        .Item().Open().Property("type").String("integer").Property("minimum").Number(1).Property("maximum").Number(9999).Close()
                        .Item().Open().Property("type").String("string").Property("pattern").String("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$").Close()
                        .CloseArray();
                    break;
                case FieldKind.Url:
                    json.Property("type").String("string").Property("pattern").String("^https?://");
                    break;
                case FieldKind.Enum:
                    json.Property("enum").OpenArray();
                    foreach (var value in field.EnumValues)
                    {
                        json.Item().String(value);
                    }

                    json.CloseArray();
                    break;
                case FieldKind.Reference:
                    json.Property("enum").OpenArray();
                    foreach (var id in ids.TryGetValue(field.TypeName, out var targets) ? targets : new List<string>())
                    {
                        json.Item().String(id);
                    }

                    json.CloseArray();
                    break;
                default:
                    json.Property("$ref").String("#/$defs/" + field.TypeName);
                    break;
            }
        }

        /// <summary>A minimal JSON writer: netstandard2.0 has no System.Text.Json without a package.</summary>
        private sealed class JsonText
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
}
