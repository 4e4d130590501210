using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Naming;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits the shape of one content type: its record, the enums and records its fields declare, and its
    /// collection class with lookups and the loop that decodes its tables (<see cref="TableEmitter"/>) on first
    /// use. Code per entry (a giant initializer or switch) would cost compile and JIT time in proportion to the
    /// content; the entries' members are in <see cref="MembersEmitter"/>, so a value edit re-emits neither.
    /// Private helpers have lowercase names so they can never collide with a PascalCased id or field.
    /// </summary>
    internal static class TypeEmitter
    {
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + EmitContext.ToolName + "\", \"" + EmitContext.ToolVersion + "\")]";

        public static string Emit(TypeShape shape, EmitContext context)
        {
            var writer = SourceWriter.File(context.Namespace);
            var type = shape.Type;
            WriteEntryRecord(writer, type, context);
            writer.Line();
            WriteCollectionClass(writer, shape, context);
            writer.Line();
            WriteRefAttribute(writer, type);
            foreach (var field in AllFields(type.Fields))
            {
                writer.Line();
                if (field.Kind == FieldKind.Enum)
                {
                    WriteFieldEnum(writer, field);
                }
                else
                {
                    WriteObjectRecord(writer, field, context);
                }
            }

            return writer.EndFile();
        }

        /// <summary>Fields that declare a type of their own (enums and nested objects), depth first.</summary>
        private static IEnumerable<FieldSpec> AllFields(IEnumerable<FieldSpec> fields) =>
            fields.Where(field => field.Kind is FieldKind.Enum or FieldKind.Object)
                .SelectMany(field => new[] { field }.Concat(AllFields(field.Fields)));

        private static void WriteEntryRecord(SourceWriter writer, TypeSpec type, EmitContext context)
        {
            var description = type.Description.Length > 0 ? type.Description : "An entry of the '" + type.CollectionName + "' collection.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public sealed partial record " + type.Name);
            var parameters = new[] { context.Global(type.IdEnum) + " @key", "string @id", "string @provenance", "string? @retirementReason", "int @supersededBy" }
                .Concat(type.Fields.Select(field => StorageType(field, context) + " " + ParameterName(field)));
            var record = context.Global(type.Name);
            var idEnum = context.Global(type.IdEnum);
            writer.Open("private " + type.Name + "(" + string.Join(", ", parameters) + ")");
            writer.Line("""
                this.Key = @key;
                this.Id = @id;
                this.Provenance = @provenance;
                this.RetirementReason = @retirementReason;
                this.@supersededBy = @supersededBy;
                """);
            WriteAssignments(writer, type.Fields);
            writer.Close();
            writer.Line($$"""

                /// <summary>The entry&apos;s key in <see cref="{{type.IdEnum}}"/>.</summary>
                public {{idEnum}} Key { get; }

                /// <summary>The entry&apos;s id, as written in content.</summary>
                public string Id { get; }

                /// <summary>Where the entry is written: its file relative to the project, and the line of its id (<c>content/places.yaml:12</c>).</summary>
                public string Provenance { get; }

                /// <summary>Whether the entry is retired: kept so old ids still resolve, but left out of <c>All</c>.</summary>
                public bool IsRetired => this.RetirementReason is not null;

                /// <summary>Why the entry was retired (empty when no reason was given), or null when it is not retired.</summary>
                public string? RetirementReason { get; }

                /// <summary>The entry that replaces this retired one, if content names one.</summary>
                public {{record}}? SupersededBy => this.@supersededBy >= 0 ? {{context.Global(type.CollectionClass)}}.Get(({{idEnum}})this.@supersededBy) : null;

                private readonly int @supersededBy;
                """);
            WriteProperties(writer, type.Fields, context);
            writer.Line($$"""

                /// <summary>Entries are equal when they are the same entry: they are compared by <see cref="Key"/>, as references may form cycles.</summary>
                public bool Equals({{record}}? other) => other is not null && this.Key == other.Key;

                /// <inheritdoc/>
                public override int GetHashCode() => (int)this.Key;

                /// <inheritdoc/>
                public override string ToString() => {{CSharpText.StringLiteral(type.Name + " ")}} + this.Id;
                """);
            WritePlumbing(writer, type, context);
            writer.Close();
        }

        /// <summary>
        /// The nested class holding what only generated code calls: decoding (the constructor is private, so
        /// user code cannot make entries) and the keys a reverse lookup indexes. Its name cannot be a
        /// PascalCased field's, and it keeps the plumbing out of the members IntelliSense lists for the record.
        /// </summary>
        private static void WritePlumbing(SourceWriter writer, TypeSpec type, EmitContext context)
        {
            var record = context.Global(type.Name);
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal static class " + GeneratedNames.Plumbing);
            writer.Open("internal static void fill(" + record + "[] entries, global::System.Func<int, string> id, int start, byte[] table)");
            writer.Line("var reader = new " + context.Global(SupportTypeNames.Reader) + "(table);");
            writer.Line("var files = reader.Array(static item => item.String());");
            writer.Open("for (var i = start; !reader.AtEnd; i++)");
            var arguments = new[] { "(" + context.Global(type.IdEnum) + ")i", "id(i)", "reader.Provenance(files)", "(reader.IsNull() ? null : reader.String())", "reader.Int()" }.Concat(type.Fields.Select(field => ReadExpression(field, "reader", context)));
            writer.Line("entries[i] = new " + record + "(" + string.Join(", ", arguments) + ");");
            writer.Close();
            writer.Close();
            foreach (var field in GeneratedNames.ReverseLookups(type))
            {
                var storage = "item." + ParameterName(field);
                var keys = field.IsList
                    ? "global::System.Linq.Enumerable.Select(" + storage + ", static key => (int)key)"
                    : field.IsNullable
                        ? storage + " is { } key ? new[] { (int)key } : global::System.Array.Empty<int>()"
                        : "new[] { (int)" + storage + " }";
                writer.Line();
                writer.Line("internal static global::System.Collections.Generic.IEnumerable<int> " + GeneratedNames.KeysOf(field) + "(" + record + " item) => " + keys + ";");
            }

            writer.Close();
        }



        /// <summary><c>[PlaceRef("kaliningrad")]</c>: lets consumers mark their own ids; StringIdAnalyzer checks them.</summary>
        private static void WriteRefAttribute(SourceWriter writer, TypeSpec type)
        {
            var attribute = GeneratedNames.RefAttribute(type.Name);
            writer.Line($$"""
                /// <summary>Marks a member or parameter whose value is the id of a <see cref="{{type.Name}}"/>; the id is checked when the project builds.</summary>
                {{GeneratedCode}}
                [global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true)]
                public sealed class {{attribute}} : global::System.Attribute
                {
                    /// <summary>Names the entry by its id.</summary>
                    public {{attribute}}(string id) => this.Id = id;

                    /// <summary>The id.</summary>
                    public string Id { get; }

                    {{StringIdAnalyzer.CollectionClassConstant(type.CollectionClass)}}
                }
                """);
        }

        private static void WriteObjectRecord(SourceWriter writer, FieldSpec field, EmitContext context)
        {
            var description = field.Description.Length > 0 ? field.Description : "The value of the '" + field.Name + "' field.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public sealed partial record " + field.TypeName);
            var parameters = field.Fields.Select(nested => StorageType(nested, context) + " " + ParameterName(nested));
            writer.Open("private " + field.TypeName + "(" + string.Join(", ", parameters) + ")");
            WriteAssignments(writer, field.Fields);
            writer.Close();
            WriteProperties(writer, field.Fields, context);
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal static class " + GeneratedNames.Plumbing);
            var nested = field.Fields.Select(inner => ReadExpression(inner, "reader", context));
            writer.Line("internal static " + context.Global(field.TypeName) + " read(" + context.Global(SupportTypeNames.Reader) + " reader) => new " + context.Global(field.TypeName) + "(" + string.Join(", ", nested) + ");");
            writer.Close();
            writer.Close();
        }

        private static void WriteAssignments(SourceWriter writer, IEnumerable<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                var parameter = ParameterName(field);
                if (field.Kind == FieldKind.Reference)
                {
                    writer.Line("this." + parameter + " = " + parameter + ";");
                }
                else if (field.IsList)
                {
                    writer.Line("this." + field.PropertyName + " = global::System.Array.AsReadOnly(" + parameter + ");");
                }
                else
                {
                    writer.Line("this." + field.PropertyName + " = " + parameter + ";");
                }
            }
        }

        private static void WriteProperties(SourceWriter writer, IEnumerable<FieldSpec> fields, EmitContext context)
        {
            foreach (var field in fields)
            {
                writer.Line();
                var description = field.Description.Length > 0 ? field.Description : "The '" + field.Name + "' field.";
                writer.Summary(CSharpText.XmlDocText(description));
                var propertyType = PropertyType(field, context);
                if (field.Kind != FieldKind.Reference)
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " { get; }");
                    continue;
                }

                // References are stored as ids and resolved on use, so entries can refer to each other in cycles.
                var storage = ParameterName(field);
                var collection = context.Global(field.TargetCollectionClass);
                if (field.IsList)
                {
                    var cache = "@" + char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1) + "_resolved";
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => " + cache + " ??= global::System.Array.AsReadOnly(global::System.Array.ConvertAll(this." + storage + ", " + collection + ".Get));");
                    writer.Line();
                    writer.Line("private " + propertyType + "? " + cache + ";");
                }
                else if (!field.IsNullable)
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => " + collection + ".Get(this." + storage + ");");
                }
                else
                {
                    writer.Line("public " + propertyType + " " + field.PropertyName + " => this." + storage + " is { } key ? " + collection + ".Get(key) : null;");
                }

                writer.Line();
                writer.Line("private readonly " + StorageType(field, context) + " " + storage + ";");
            }
        }

        private static void WriteCollectionClass(SourceWriter writer, TypeShape shape, EmitContext context)
        {
            var type = shape.Type;
            var record = context.Global(type.Name);
            var idEnum = context.Global(type.IdEnum);
            var list = ReadOnlyList + "<" + record + ">";
            var notNullWhen = context.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            var notFound = CSharpText.StringLiteral("No " + type.Name + " in '" + type.CollectionName + "' has the id '");
            writer.Summary(CSharpText.XmlDocText("The '" + type.CollectionName + "' collection: every " + type.Name + " entry, and lookups over them."));
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + type.CollectionClass);

            // The shared machinery (lazy decoding by chunk, id index, reverse indexes) is FactbookTable.
            writer.Line($$"""
                private static readonly {{context.Global(SupportTypeNames.Table)}}<{{record}}> data = new(total, {{Number(TableEmitter.ChunkSize)}}, table, {{record}}.{{GeneratedNames.Plumbing}}.fill, {{context.IdListText("ids")}}, static item => item.IsRetired);

                /// <summary>How many entries there are, not counting retired ones.</summary>
                public const int Count = {{Number(shape.CurrentCount)}};

                private const int total = {{Number(shape.Count)}};

                /// <summary>Every entry that is not retired, in content order.</summary>
                public static {{list}} All => data.Current;

                /// <summary>Every entry, retired ones included, in content order.</summary>
                public static {{list}} AllIncludingRetired => data.Everything;

                /// <summary>The entry with this key.</summary>
                public static {{record}} Get({{idEnum}} key) => data.At((int)key);

                /// <summary>The entry with this id.</summary>
                /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No entry has the id.</exception>
                public static {{record}} Get(string id) =>
                    TryGet(id, out var entry) ? entry! : throw new global::System.Collections.Generic.KeyNotFoundException({{notFound}} + id + "'.");

                /// <summary>Finds the entry with this id, if there is one.</summary>
                public static bool TryGet(string id, {{notNullWhen}}out {{record}}? entry)
                {
                    entry = data.KeyOf(id) is { } key ? data.At(key) : null;
                    return entry is not null;
                }

                private static {{record}} at(int key) => data.At(key);
                """);
            foreach (var field in GeneratedNames.ReverseLookups(type))
            {
                WriteReverseLookup(writer, type, field, context);
            }

            foreach (var field in type.IndexedFields)
            {
                WriteIndexLookup(writer, type, field, context);
            }

            WriteTableSwitch(writer, shape, context);
            writer.Close();
        }

        private static void WriteReverseLookup(SourceWriter writer, TypeSpec type, FieldSpec field, EmitContext context)
        {
            var record = context.Global(type.Name);
            var target = context.Global(field.TypeName);
            var name = GeneratedNames.Lookup(field);
            var cache = char.ToLowerInvariant(name[0]) + name.Substring(1);
            var list = ReadOnlyList + "<" + record + ">";
            var table = context.Global(SupportTypeNames.Table) + "<" + record + ">";
            writer.Line($$"""

                /// <summary>Every {{type.Name}} whose <see cref="{{type.Name}}.{{field.PropertyName}}"/> {{(field.IsList ? "includes" : "is")}} <paramref name="target"/>, in content order.</summary>
                public static {{list}} {{name}}({{target}} target)
                {
                    if (target is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(target));
                    }

                    return {{table}}.Referrers({{cache}} ??= data.IndexBy({{record}}.{{GeneratedNames.Plumbing}}.{{GeneratedNames.KeysOf(field)}}), (int)target.Key);
                }

                private static {{list}}[]? {{cache}};
                """);
        }

        /// <summary><c>Advisories.ByGem("actionpack")</c>: the entries with a value of a field with <c>index: true</c>.</summary>
        private static void WriteIndexLookup(SourceWriter writer, TypeSpec type, FieldSpec field, EmitContext context)
        {
            var record = context.Global(type.Name);
            var list = ReadOnlyList + "<" + record + ">";
            var key = ElementType(field, context);
            var name = GeneratedNames.Lookup(field);
            var cache = char.ToLowerInvariant(name[0]) + name.Substring(1);
            var keys = field.IsList ? "item." + field.PropertyName
                : field.IsNullable ? "item." + field.PropertyName + " is { } key ? new[] { key } : global::System.Array.Empty<" + key + ">()"
                : "new[] { item." + field.PropertyName + " }";
            writer.Line($$"""

                /// <summary>Every {{type.Name}} whose <see cref="{{type.Name}}.{{field.PropertyName}}"/> {{(field.IsList ? "includes" : "is")}} <paramref name="value"/>, in content order.</summary>
                public static {{list}} {{name}}({{key}} value) =>
                    {{context.Global(SupportTypeNames.Table)}}<{{record}}>.Matching({{cache}} ??= data.GroupBy<{{key}}>(static item => {{keys}}), value);

                private static global::System.Collections.Generic.Dictionary<{{key}}, {{list}}>? {{cache}};
                """);
        }

        /// <summary>The chunk number → table constant switch the collection's <c>FactbookTable</c> reads through.</summary>
        private static void WriteTableSwitch(SourceWriter writer, TypeShape shape, EmitContext context)
        {
            writer.Line();
            writer.Line("private static byte[] table(int chunk) => chunk switch");
            writer.Line("{");
            for (var chunk = 0; chunk * TableEmitter.ChunkSize < shape.Count; chunk++)
            {
                writer.Line("    " + chunk.ToString(CultureInfo.InvariantCulture) + " => " + context.TableBytes(TableEmitter.ConstantName(chunk)) + ",");
            }

            writer.Line("    _ => global::System.Array.Empty<byte>(),");
            writer.Line("};");
        }

        /// <summary>The expression that reads one field's value from the table, as its constructor takes it.</summary>
        private static string ReadExpression(FieldSpec field, string reader, EmitContext context)
        {
            if (field.IsList)
            {
                return reader + ".Array(static item => " + ReadSingle(field, "item", context) + ")";
            }

            if (!field.IsNullable)
            {
                return ReadSingle(field, reader, context);
            }

            var isMissing = field.Kind == FieldKind.Object ? ".IsMissingObject()" : ".IsNull()";
            return "(" + reader + isMissing + " ? (" + StorageType(field, context) + ")null : " + ReadSingle(field, reader, context) + ")";
        }

        private static string ReadSingle(FieldSpec field, string reader, EmitContext context) => field.Kind switch
        {
            FieldKind.Scalar => field.Scalar!.Decode(reader, context),
            FieldKind.Enum => "(" + context.Global(field.TypeName) + ")" + reader + ".Int()",
            FieldKind.Reference => "(" + context.Global(field.TargetIdEnum) + ")" + reader + ".Int()",
            _ => context.Global(field.TypeName) + "." + GeneratedNames.Plumbing + ".read(" + reader + ")",
        };

        private static void WriteFieldEnum(SourceWriter writer, FieldSpec field)
        {
            var description = field.Description.Length > 0 ? field.Description : "The values of the '" + field.Name + "' field.";
            writer.Summary(CSharpText.XmlDocText(description));
            writer.Line(GeneratedCode);
            writer.Open("public enum " + field.TypeName);
            for (var i = 0; i < field.EnumMembers.Count; i++)
            {
                writer.Summary(CSharpText.XmlDocText(field.EnumValues[i]));
                writer.Line(field.EnumMembers[i] + ",");
            }

            writer.Close();
            writer.Line();
            writer.Summary("Converts <see cref=\"" + field.TypeName + "\"/> values back to their text in content.");
            writer.Line(GeneratedCode);
            writer.Open("public static partial class " + GeneratedNames.EnumExtensions(field.TypeName));
            writer.Summary("The value as written in content.");
            writer.Open("public static string ToText(this " + field.TypeName + " value) => value switch");
            for (var i = 0; i < field.EnumMembers.Count; i++)
            {
                writer.Line(field.TypeName + "." + field.EnumMembers[i] + " => " + CSharpText.StringLiteral(field.EnumValues[i]) + ",");
            }

            writer.Line("_ => value.ToString(),");
            writer.Close(";");
            writer.Close();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string ParameterName(FieldSpec field) =>
            "@" + char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName.Substring(1);

        private static string ElementType(FieldSpec field, EmitContext context) => field.Kind switch
        {
            FieldKind.Scalar => field.Scalar!.CSharpType(context),
            _ => context.Global(field.TypeName),
        };

        private static string PropertyType(FieldSpec field, EmitContext context)
        {
            var element = ElementType(field, context);
            if (field.IsList)
            {
                return ReadOnlyList + "<" + element + ">";
            }

            return field.IsNullable ? element + "?" : element;
        }

        /// <summary>How a field is passed to the constructor: references as ids, lists as arrays.</summary>
        private static string StorageType(FieldSpec field, EmitContext context)
        {
            var element = field.Kind == FieldKind.Reference ? context.Global(field.TargetIdEnum) : ElementType(field, context);
            if (field.IsList)
            {
                return element + "[]";
            }

            return field.IsNullable ? element + "?" : element;
        }
    }
}
