using System.Collections.Generic;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// All string literals of an assembly share one heap of 16 MB (2^24 bytes of UTF-16, about 8.38 million
    /// characters). Past it the compiler fails with CS8103, which names no content; the generated tables
    /// hold every id and text, so the assembler counts them first and can say which entries are too much.
    /// </summary>
    internal static class LiteralBudget
    {
        /// <summary>Characters the tables may use: the heap less room for the consumer's own strings.</summary>
        public const long Characters = 8_200_000;

        /// <summary>
        /// About what one entry adds to the tables, written to err a little high: its id, every text in
        /// full, and a few characters for each number, date, enum or reference, which tables store as numbers.
        /// </summary>
        public static long Of(EntryDraft entry)
        {
            long size = entry.Id.Length + 8 + (entry.Retirement?.Reason.Length ?? 0);
            var pending = new Stack<ValueModel>(entry.Values);
            while (pending.Count > 0)
            {
                var value = pending.Pop();
                size += value.Kind == ValueKind.Scalar ? value.Text.Length + 2 : 4;
                foreach (var item in value.Items)
                {
                    pending.Push(item);
                }
            }

            return size;
        }
    }
}
