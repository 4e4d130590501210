namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits a type's id enum and id list, and (into each table chunk's file) one static member per entry
    /// (<c>Places.Kaliningrad</c>), each with the entry in its doc comment so IDE hover shows the fact.
    /// </summary>
    internal static class MembersEmitter
    {
        /// <summary>"Retired: why. Superseded by Places.NewOne." for a retired entry; empty otherwise.</summary>
        public static string ObsoleteMessage(Schema.TypeSpec type, Content.RetirementModel? retirement)
        {
            if (retirement is null)
            {
                return string.Empty;
            }

            var message = "Retired" + (retirement.Reason.Length > 0 ? ": " + retirement.Reason.TrimEnd('.') : string.Empty) + ".";
            return retirement.SupersededByMember.Length > 0 ? message + " Superseded by " + type.CollectionClass + "." + retirement.SupersededByMember + "." : message;
        }

        public static string Emit(MembersModel model, EmitContext context)
        {
            var type = model.Type;
            var writer = SourceWriter.File(context.Namespace);
            writer.Summary("The id of every <see cref=\"" + type.Name + "\"/>, in content order.");
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public enum " + type.IdEnum);
            for (var i = 0; i < model.Members.Count && Naming.GeneratedNames.HasEntryMembers(type, model.Members.Count); i++)
            {
                var member = model.Members[i];
                writer.Summary("The key of <see cref=\"" + type.CollectionClass + "." + CSharpText.Identifier(member.MemberName) + "\"/> (id <c>" + CSharpText.XmlDocText(member.Id) + "</c>).");
                WriteObsolete(writer, member.ObsoleteMessage);
                writer.Line(CSharpText.Identifier(member.MemberName) + " = " + i.ToString(CultureInfo.InvariantCulture) + ",");
            }

            writer.Close();
            writer.Line();
            writer.Open("public static partial class " + type.CollectionClass);
            writer.Line(context.TableDeclaration(FixedNames.IdsConstant, CSharpText.IdList(model.Members.Select(member => member.Id))));

            // Read by the string-id analyzer: the collection as content names it, and ids left out for a problem.
            writer.Line(CSharpText.PrivateConstant(FixedNames.CollectionNameConstant, CSharpText.StringLiteral(type.CollectionName)));
            writer.Line(CSharpText.PrivateConstant(FixedNames.IdsWithProblemsConstant, CSharpText.IdList(model.IdsWithProblems)));
            writer.Close();
            return writer.EndFile();
        }

        /// <summary>
        /// One static member per entry of a table chunk, each with the entry's summary, values and provenance in
        /// its doc comment; written in the chunk's file, so a value edit re-emits one chunk and nothing else.
        /// </summary>
        public static void WriteEntryMembers(SourceWriter writer, TableChunk chunk, int firstKey, EmitContext context)
        {
            var record = context.Global(chunk.Type.Name);
            for (var i = 0; i < chunk.Entries.Count; i++)
            {
                var entry = chunk.Entries[i];
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line("/// <para>" + CSharpText.XmlDocText(entry.Summary) + "</para>");
                foreach (var line in entry.Facts.Split('\n'))
                {
                    if (line.Length > 0)
                    {
                        writer.Line("/// <para>" + CSharpText.XmlDocText(line) + "</para>");
                    }
                }

                writer.Line("/// <para>" + CSharpText.XmlDocText(EntryFacts.WhereWritten(entry.Provenance)) + "</para>");

                writer.Line("/// </summary>");
                WriteObsolete(writer, ObsoleteMessage(chunk.Type, entry.Retirement));
                writer.Line("public static " + record + " " + CSharpText.Identifier(entry.MemberName) + " => " + GeneratedNames.Private.At + "(" + (firstKey + i).ToString(CultureInfo.InvariantCulture) + ");");
            }
        }

        private static void WriteObsolete(SourceWriter writer, string message)
        {
            if (message.Length > 0)
            {
                writer.Line("[global::System.Obsolete(" + CSharpText.StringLiteral(message) + ")]");
            }
        }
    }
}
