import { Injectable } from '@nestjs/common';

/** Whether this instance still wants traffic: false from the start of its shutdown. */
@Injectable()
export class Readiness {
  private down = false;

  get ready(): boolean {
    return !this.down;
  }

  goingDown(): void {
    this.down = true;
  }
}
