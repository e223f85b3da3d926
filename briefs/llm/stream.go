package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"
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
	// errDropped is a connection lost in the middle of an answer; it is
	// retried like a connection lost before one.
	errDropped = errors.New("the connection to the AI server dropped during the answer")
	// errNotStream is a successful response that holds no chat chunks at
	// all, such as a proxy's HTML page.
	errNotStream = fmt.Errorf("%w (the server did not send a chat completion stream)", errBadAnswer)
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
		chunks int
	)
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", recvError(ctx, err, s.idle)
		}
		chunks++
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
	if chunks == 0 {
		return "", errNotStream
	}
	return b.String(), finishError(finish, b.Len())
}

// recvError explains why reading the stream failed: the idle watchdog, a
// dropped connection (retryable), a body that is not a stream, or err.
func recvError(ctx context.Context, err error, idle time.Duration) error {
	switch {
	case errors.Is(context.Cause(ctx), errStalled):
		return fmt.Errorf("%w for %s", errStalled, seconds(idle))
	case ctx.Err() != nil:
		return err
	case errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return errNotStream
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return fmt.Errorf("%w: %w", errDropped, err)
	}
	return err
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
