package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sashabaranov/go-openai"
)

// Why a stream produced no usable answer.
var (
	errCutOff   = errors.New("the answer was cut off before it finished")
	errLength   = errors.New("the answer reached the length limit before it finished")
	errFiltered = errors.New("the server's content filter stopped the answer")
	errStalled  = errors.New("the server stopped sending")
	errTooLong  = errors.New("the answer was far longer than a brief")
	errNoAnswer = errors.New("the server sent an empty answer")
)

const (
	noteEvery     = 250 * time.Millisecond // how often to report progress while receiving
	maxAnswerSize = 64 << 10               // bytes; a brief is a few hundred
)

// stream sends req as a streaming request and returns the whole answer. It
// succeeds only when the last choice says finish_reason "stop": go-openai
// reports a stream that simply ends as io.EOF, exactly like a finished one.
// If no chunk arrives for idle, the request is cancelled.
func (s *Summarizer) stream(ctx context.Context, req openai.ChatCompletionRequest) (string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	st, err := s.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", err
	}
	defer st.Close()
	watchdog := time.AfterFunc(s.idle, func() { cancel(errStalled) })
	defer watchdog.Stop()
	var (
		b      strings.Builder
		finish openai.FinishReason
		last   time.Time
	)
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if errors.Is(context.Cause(ctx), errStalled) {
				return "", fmt.Errorf("%w for %s", errStalled, seconds(s.idle))
			}
			return "", err
		}
		watchdog.Reset(s.idle)
		finish = collect(&b, chunk, finish)
		if b.Len() > maxAnswerSize {
			return "", errTooLong
		}
		if b.Len() > 0 && time.Since(last) >= noteEvery {
			note(ctx, "receiving the AI summary: %d characters", utf8.RuneCountInString(b.String()))
			last = time.Now()
		}
	}
	return b.String(), finishError(finish, b.Len())
}

// collect appends the first choice's text of chunk to b and returns the
// finish reason seen so far. Chunks with no choices (usage reports, Azure's
// content-filter notes) are skipped.
func collect(b *strings.Builder, chunk openai.ChatCompletionStreamResponse, finish openai.FinishReason) openai.FinishReason {
	for _, ch := range chunk.Choices {
		if ch.Index != 0 {
			continue
		}
		b.WriteString(ch.Delta.Content)
		if ch.FinishReason != "" && ch.FinishReason != openai.FinishReasonNull {
			finish = ch.FinishReason
		}
	}
	return finish
}

// finishError turns the final finish_reason into an error unless it is "stop".
func finishError(finish openai.FinishReason, size int) error {
	switch finish {
	case openai.FinishReasonStop:
		if size == 0 {
			return errNoAnswer
		}
		return nil
	case openai.FinishReasonLength:
		return errLength
	case openai.FinishReasonContentFilter:
		return errFiltered
	case "":
		return errCutOff
	}
	return fmt.Errorf("%w (finish reason %q)", errCutOff, finish)
}
